import OpenAI from 'openai';
import { EMBEDDING_DIMENSIONS, type Embedder } from './embedder';
import { perfumeEmbeddingText } from './embeddingText';

export const OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';
/** Inputs per request: well under the API's 2,048 inputs and its token limit for perfume texts. */
export const OPENAI_EMBEDDING_BATCH = 128;

export interface OpenAIEmbedderOptions {
  apiKey: string;
  /** An OpenAI-compatible server (tests start one on 127.0.0.1). */
  baseURL?: string;
  model?: string;
  batchSize?: number;
  timeoutMs?: number;
}

/** Embeds perfumes with OpenAI's embeddings API at the catalog's 256 dimensions. */
export function createOpenAIEmbedder(options: OpenAIEmbedderOptions): Embedder {
  const model = options.model ?? OPENAI_EMBEDDING_MODEL;
  const batchSize = options.batchSize ?? OPENAI_EMBEDDING_BATCH;
  const client = new OpenAI({
    apiKey: options.apiKey,
    // Explicit, so the client never falls back to reading OPENAI_BASE_URL from the environment itself.
    baseURL: options.baseURL ?? 'https://api.openai.com/v1',
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: 3,
  });
  return {
    model,
    async embed(records) {
      const vectors: number[][] = [];
      for (let start = 0; start < records.length; start += batchSize) {
        const input = records.slice(start, start + batchSize).map(perfumeEmbeddingText);
        const response = await client.embeddings.create({
          model,
          input,
          dimensions: EMBEDDING_DIMENSIONS,
          encoding_format: 'float',
        });
        const data = [...response.data].sort((a, b) => a.index - b.index);
        if (data.length !== input.length) {
          throw new Error(`${model} returned ${data.length} embeddings for ${input.length} inputs`);
        }
        for (const item of data) {
          if (item.embedding.length !== EMBEDDING_DIMENSIONS) {
            throw new Error(`${model} returned ${item.embedding.length} dimensions, expected ${EMBEDDING_DIMENSIONS}`);
          }
          vectors.push(item.embedding);
        }
      }
      return vectors;
    },
  };
}
