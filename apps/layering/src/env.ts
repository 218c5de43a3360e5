import { serviceVariables } from '@scentence/api/config';
import { envLoader, portVariable } from '@scentence/api/service';
import { z } from 'zod';

export const layeringEnvSchema = z.object({ ...serviceVariables, LAYERING_PORT: portVariable(8002) });
export type LayeringEnv = z.output<typeof layeringEnvSchema>;

export const loadLayeringEnv = envLoader(layeringEnvSchema);
