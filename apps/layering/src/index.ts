export type { LayeringRouter } from './router';
export { createLayeringRouter } from './router';
export { createLayeringService } from './service';
export { layeringEnvSchema, loadLayeringEnv } from './env';
