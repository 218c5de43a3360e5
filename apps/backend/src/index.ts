export type { BackendRouter } from './router';
export { createBackendRouter } from './router';
export { createBackendService } from './service';
export { backendEnvSchema, loadBackendEnv } from './env';
export { memberSettingsOf } from './member/memberSettings';
