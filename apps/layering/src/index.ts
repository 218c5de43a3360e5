export { layeringEnvSchema, loadLayeringEnv } from './env';
export { DEFAULT_LAYERING_LIMITS, type LayeringLimits, layeringLimitsOf } from './limits/layeringLimits';
export type { LayeringRouter } from './router';
export { createLayeringRouter } from './router';
export { createLayeringService } from './service';
