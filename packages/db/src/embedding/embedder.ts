import type { PerfumeRecord } from '@scentence/api/schemas';

/** Every model is stored at this width (OpenAI's text-embedding-3 models are asked for it). */
export const EMBEDDING_DIMENSIONS = 256;

export interface Embedder {
  /** Stored beside each vector, so several models can coexist and a switch re-embeds. */
  model: string;
  embed(records: PerfumeRecord[]): Promise<number[][]>;
}
