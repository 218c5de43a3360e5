import { serviceVariables } from '@scentence/api/config';
import { envLoader, portVariable } from '@scentence/api/service';
import { z } from 'zod';

export const scentmapEnvSchema = z.object({ ...serviceVariables, SCENTMAP_PORT: portVariable(8001) });
export type ScentmapEnv = z.output<typeof scentmapEnvSchema>;

export const loadScentmapEnv = envLoader(scentmapEnvSchema);
