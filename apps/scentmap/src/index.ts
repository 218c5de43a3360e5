export type { ScentmapRouter } from './router';
export { createScentmapRouter } from './router';
export { createScentmapService } from './service';
export { scentmapEnvSchema, loadScentmapEnv } from './env';
