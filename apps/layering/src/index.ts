export { layeringEnvSchema, loadLayeringEnv } from './env';
export type { LayeringRouter } from './router';
export { createLayeringRouter } from './router';
export { createLayeringService } from './service';
