export { loadScentmapEnv, scentmapEnvSchema } from './env';
export type { ScentmapRouter } from './router';
export { createScentmapRouter } from './router';
export { createScentmapService } from './service';
