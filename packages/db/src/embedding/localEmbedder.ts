import type { PerfumeRecord } from '@scentence/api/schemas';
import { ACCORD_KEYS, GENDER_KEYS, OCCASION_KEYS, SEASON_KEYS } from '@scentence/api/vocabulary';
import { noteSlug } from '../text/normalize';
import { EMBEDDING_DIMENSIONS, type Embedder } from './embedder';

const NOTE_WEIGHT = { top: 0.6, middle: 0.8, base: 1, flat: 0.8 } as const;
const ACCORD_WEIGHT = 2.2;
const NOTE_BUCKETS_START = ACCORD_KEYS.length + SEASON_KEYS.length + OCCASION_KEYS.length + GENDER_KEYS.length;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function normalise(vector: number[]): number[] {
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}

/**
 * A deterministic embedding from what a perfume is made of: accord strengths, seasons,
 * occasions, gender lean, and its notes hashed into the remaining dimensions. Perfumes that
 * share accords and notes land close under cosine distance.
 */
export function embedPerfumeLocally(record: PerfumeRecord): number[] {
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  let offset = 0;
  for (const key of ACCORD_KEYS) vector[offset++] = ((record.accords[key] ?? 0) / 100) * ACCORD_WEIGHT;
  for (const key of SEASON_KEYS) vector[offset++] = ((record.seasons[key] ?? 0) / 100) * 0.5;
  for (const key of OCCASION_KEYS) vector[offset++] = ((record.occasions[key] ?? 0) / 100) * 0.4;
  for (const key of GENDER_KEYS) vector[offset++] = record.gender === key ? 0.6 : 0;
  const buckets = EMBEDDING_DIMENSIONS - NOTE_BUCKETS_START;
  for (const note of record.notes) {
    const hash = fnv1a(noteSlug(note.name));
    const index = NOTE_BUCKETS_START + (hash % buckets);
    vector[index] = (vector[index] ?? 0) + NOTE_WEIGHT[note.position];
  }
  return normalise(vector);
}

export const localEmbedder: Embedder = {
  model: 'local-v1',
  async embed(records) {
    return records.map(embedPerfumeLocally);
  },
};
