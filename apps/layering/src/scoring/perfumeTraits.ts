import type { AccordKey } from '@scentence/api/vocabulary';
import { foldForMatch } from '@scentence/domain/text';
import { type LayeringNote, type LayeringPerfume, noteWords } from './layeringPerfume';

/** What the rules read of one perfume again and again, worked out once per perfume. */
export interface PerfumeTraits {
  /** Accords strongest first (ties by key). */
  ranked: readonly (readonly [AccordKey, number])[];
  /** The strongest accord and any within LEAD_MARGIN of it. */
  leads: readonly AccordKey[];
  /** Length of the accord vector, for cosine similarity. */
  norm: number;
  /** The name's folded words ("oud wood" → oud, wood). */
  nameWords: readonly string[];
  /** Heart, base and flat notes by slug: the notes that can bridge. */
  lastingNotes: ReadonlyMap<string, LayeringNote>;
  /** Words of every note's slug, with the notes that carry them. */
  notesByWord: ReadonlyMap<string, readonly LayeringNote[]>;
  distinctNotes: number;
}

/** A lead accord is the strongest one, or any this close to it. */
export const LEAD_MARGIN = 15;
const LASTING_POSITIONS = new Set(['middle', 'base', 'flat']);

const cache = new WeakMap<LayeringPerfume, PerfumeTraits>();

function computeTraits(perfume: LayeringPerfume): PerfumeTraits {
  const ranked = (Object.entries(perfume.accords) as [AccordKey, number][])
    .filter(([, strength]) => strength > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const top = ranked[0]?.[1] ?? 0;
  const notesByWord = new Map<string, LayeringNote[]>();
  const lastingNotes = new Map<string, LayeringNote>();
  for (const note of perfume.notes) {
    for (const word of new Set([note.slug, ...noteWords(note)])) {
      const list = notesByWord.get(word) ?? [];
      list.push(note);
      notesByWord.set(word, list);
    }
    if (LASTING_POSITIONS.has(note.position) && !lastingNotes.has(note.slug)) lastingNotes.set(note.slug, note);
  }
  return {
    ranked,
    leads: ranked.filter(([, strength]) => strength >= top - LEAD_MARGIN).map(([key]) => key),
    norm: Math.sqrt(ranked.reduce((sum, [, strength]) => sum + strength * strength, 0)),
    nameWords: foldForMatch(perfume.name).split(' '),
    lastingNotes,
    notesByWord,
    distinctNotes: new Set(perfume.notes.map((note) => note.slug)).size,
  };
}

/** The perfume's traits, computed on first use and kept as long as the perfume object lives. */
export function traitsOf(perfume: LayeringPerfume): PerfumeTraits {
  let traits = cache.get(perfume);
  if (!traits) {
    traits = computeTraits(perfume);
    cache.set(perfume, traits);
  }
  return traits;
}
