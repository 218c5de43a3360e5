import type { NoteIndexEntry } from '@scentence/api/schemas';
import { foldText } from '@scentence/api/text';
import { ACCORDS, type AccordKey } from '@scentence/api/vocabulary';

export interface NoteGroup {
  /** The family's accord, or null for notes nothing places. */
  family: AccordKey | null;
  notes: NoteIndexEntry[];
}

/** Text as the filter compares it: folded (case, accents, punctuation) and without spaces. */
export function filterKey(text: string): string {
  return foldText(text).replace(/ /g, '');
}

/** Whether a note's Korean or English name contains what was typed ("베르", "Berg", "pink pep"). */
export function noteMatches(note: NoteIndexEntry, typed: string): boolean {
  if (!typed) return true;
  return filterKey(note.name).includes(typed) || filterKey(note.nameKo ?? '').includes(typed);
}

/** Notes by family in the accords' order, the unplaced last; within a family, most carried first. */
export function groupNotes(notes: readonly NoteIndexEntry[]): NoteGroup[] {
  const byFamily = new Map<AccordKey | null, NoteIndexEntry[]>();
  for (const note of notes) {
    const list = byFamily.get(note.family) ?? [];
    list.push(note);
    byFamily.set(note.family, list);
  }
  const order: (AccordKey | null)[] = [...ACCORDS.map((accord) => accord.key), null];
  return order.flatMap((family) => {
    const list = byFamily.get(family);
    return list
      ? [{ family, notes: [...list].sort((a, b) => b.perfumes - a.perfumes || a.slug.localeCompare(b.slug)) }]
      : [];
  });
}
