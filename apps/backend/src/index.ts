export { openAiChatOf } from './chat/openai/openaiSettings';
export { backendEnvSchema, loadBackendEnv } from './env';
export { memberSettingsOf } from './member/shared/memberSettings';
export type { BackendRouter } from './router';
export { createBackendRouter } from './router';
export { createBackendService } from './service';
