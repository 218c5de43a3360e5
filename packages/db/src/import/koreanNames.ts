import { NOTE_NAMES_KO } from '../seed/catalog/noteNamesKo';
import { SHIPPED_CATALOG } from '../seed/catalogRecords';
import type { SeedCatalogPart } from '../seed/catalogTypes';
import { nameKey, noteSlug } from '../text/normalize';

export interface KoreanNames {
  /** note slug → the shipped catalog's spelling of the note (lower-case English). */
  noteNames: ReadonlyMap<string, string>;
  /** note slug → Korean name. */
  notesKo: ReadonlyMap<string, string>;
  /** brand name key → Korean brand name. */
  brandsKo: ReadonlyMap<string, string>;
}

/**
 * One lookup of Korean names: the notes table shared with the shipped catalog, and the shipped
 * catalog's brand names.
 */
export function mergeKoreanNames(
  parts: readonly SeedCatalogPart[],
  notes: Readonly<Record<string, string>> = NOTE_NAMES_KO,
): KoreanNames {
  const noteNames = new Map<string, string>();
  const notesKo = new Map<string, string>();
  const brandsKo = new Map<string, string>();
  const addNotes = (table: Readonly<Record<string, string>>) => {
    for (const [name, ko] of Object.entries(table)) {
      const slug = noteSlug(name);
      if (!noteNames.has(slug)) noteNames.set(slug, name);
      if (!notesKo.has(slug)) notesKo.set(slug, ko);
    }
  };
  addNotes(notes);
  for (const part of parts) {
    for (const brand of part.brands) {
      if (brand.ko && !brandsKo.has(nameKey(brand.brand))) brandsKo.set(nameKey(brand.brand), brand.ko);
    }
  }
  return { noteNames, notesKo, brandsKo };
}

let shipped: KoreanNames | undefined;

/** The merged lookup of the shipped catalog, built once. */
export function shippedKoreanNames(): KoreanNames {
  shipped ??= mergeKoreanNames(SHIPPED_CATALOG);
  return shipped;
}
