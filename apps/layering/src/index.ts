export { layeringEnvSchema, loadLayeringEnv } from './env';
export { layeringLimitsOf } from './limits/layeringLimits';
export type { LayeringRouter } from './router';
export { createLayeringRouter } from './router';
export { createLayeringService } from './service';
