import OpenAI from 'openai';
import type { BackendEnv } from '../../env';

/** How the chat reaches OpenAI, when a key is set. */
export interface OpenAiChatSettings {
  client: OpenAI;
  model: string;
  /** The whole answer (both model round trips and the tools) within this, or the offline engine answers. */
  timeoutMs: number;
}

export interface OpenAiChatOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

export function createOpenAiChat(options: OpenAiChatOptions): OpenAiChatSettings {
  return {
    // No retries: a failed call falls back to the offline engine at once.
    client: new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: 0,
      timeout: options.timeoutMs,
    }),
    model: options.model,
    timeoutMs: options.timeoutMs,
  };
}

/** OpenAI for the chat from the environment, or undefined without OPENAI_API_KEY (the offline engine alone). */
export function openAiChatOf(env: BackendEnv): OpenAiChatSettings | undefined {
  if (!env.OPENAI_API_KEY) return undefined;
  return createOpenAiChat({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    model: env.OPENAI_CHAT_MODEL,
    timeoutMs: env.CHAT_OPENAI_TIMEOUT_SECONDS * 1000,
  });
}
