import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import type { MapPerfumeFacts } from '@scentence/db';

/** Accords, then the most frequent notes: 25 + 39 = 64 dimensions, the width verified for 38k perfumes. */
export const LAYOUT_VECTOR_DIMENSIONS = 64;
export const LAYOUT_NOTE_DIMENSIONS = LAYOUT_VECTOR_DIMENSIONS - ACCORD_KEYS.length;

/** A note weighs half a full-strength accord: accords shape the map, notes order within a region. */
const NOTE_WEIGHT = 0.5;

const ACCORD_INDEX = new Map(ACCORD_KEYS.map((key, index) => [key, index]));

/**
 * Each perfume's accord and note vector, row after row, each row of unit length (so a perfume
 * with many accords is not pushed to the edge; a perfume with none stays at zero). Notes beyond
 * the `noteIds` given (the most frequent ones) leave no trace.
 */
export function layoutVectors(perfumes: readonly MapPerfumeFacts[], frequentNoteIds: readonly number[]): Float64Array {
  const noteIndex = new Map(frequentNoteIds.slice(0, LAYOUT_NOTE_DIMENSIONS).map((id, index) => [id, index]));
  const vectors = new Float64Array(perfumes.length * LAYOUT_VECTOR_DIMENSIONS);
  perfumes.forEach((perfume, row) => {
    const base = row * LAYOUT_VECTOR_DIMENSIONS;
    for (const accord of perfume.accords) {
      const index = ACCORD_INDEX.get(accord.key);
      if (index !== undefined) vectors[base + index] = accord.strength / 100;
    }
    for (const noteId of perfume.noteIds) {
      const index = noteIndex.get(noteId);
      if (index !== undefined) vectors[base + ACCORD_KEYS.length + index] = NOTE_WEIGHT;
    }
    let length = 0;
    for (let d = 0; d < LAYOUT_VECTOR_DIMENSIONS; d++) length += (vectors[base + d] ?? 0) ** 2;
    length = Math.sqrt(length);
    if (length > 0)
      for (let d = 0; d < LAYOUT_VECTOR_DIMENSIONS; d++) vectors[base + d] = (vectors[base + d] ?? 0) / length;
  });
  return vectors;
}
