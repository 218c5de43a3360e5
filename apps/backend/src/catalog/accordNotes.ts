import type { AccordKey } from '@scentence/api/vocabulary';
import type { PerfumeRepository } from '@scentence/db';

/** How many notes an accord page shows. */
export const ACCORD_PAGE_NOTES = 12;

type AccordNotes = Awaited<ReturnType<PerfumeRepository['notesOfAccord']>>;

/**
 * The notes that build each accord, kept while the catalog's version stays the same: counting
 * them joins every perfume strong in the accord to its notes (168 ms on PostgreSQL, 527 ms on
 * PGlite for "floral" over 38k perfumes), and the answer changes only with the catalog.
 */
export function createAccordNotes(
  perfumes: Pick<PerfumeRepository, 'notesOfAccord'>,
  catalogVersion: () => Promise<number>,
) {
  const kept = new Map<AccordKey, Promise<AccordNotes>>();
  let keptVersion: number | null = null;
  return async (key: AccordKey): Promise<AccordNotes> => {
    const version = await catalogVersion();
    if (version !== keptVersion) {
      kept.clear();
      keptVersion = version;
    }
    let notes = kept.get(key);
    if (!notes) {
      notes = perfumes.notesOfAccord(key, ACCORD_PAGE_NOTES);
      kept.set(key, notes);
      // A failed read is not kept: the next page view asks again.
      const reading = notes;
      reading.catch(() => {
        if (kept.get(key) === reading) kept.delete(key);
      });
    }
    return notes;
  };
}
