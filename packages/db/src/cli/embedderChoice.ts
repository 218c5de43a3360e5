import type { Embedder } from '../embedding/embedder';
import { localEmbedder } from '../embedding/localEmbedder';
import { createOpenAIEmbedder } from '../embedding/openaiEmbedder';
import type { CliEnv } from './env';

export const EMBEDDER_CHOICES = ['local', 'openai'] as const;
export type EmbedderChoice = (typeof EMBEDDER_CHOICES)[number];

export class EmbedderChoiceError extends Error {}

/** `--model` if given, else OpenAI when OPENAI_API_KEY is set, else the local embedder. */
export function chooseEmbedder(env: Pick<CliEnv, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>, choice?: string): Embedder {
  const wanted = choice ?? (env.OPENAI_API_KEY ? 'openai' : 'local');
  if (wanted === 'local') return localEmbedder;
  if (wanted !== 'openai') {
    throw new EmbedderChoiceError(
      `--model는 ${EMBEDDER_CHOICES.join(' 또는 ')}이어야 합니다. / --model must be ${EMBEDDER_CHOICES.join(' or ')}, not "${wanted}".`,
    );
  }
  if (!env.OPENAI_API_KEY) {
    throw new EmbedderChoiceError(
      '--model openai에는 OPENAI_API_KEY가 필요합니다. / --model openai needs OPENAI_API_KEY to be set.',
    );
  }
  return createOpenAIEmbedder({
    apiKey: env.OPENAI_API_KEY,
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
  });
}
