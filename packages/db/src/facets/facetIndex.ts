import type { PerfumeSummary } from '@scentence/api/schemas';
import type { CatalogFacetRow } from '../repositories/catalogFacets';
import { ACCORD_PRESENT } from '../repositories/perfumeSearch';

/** Perfumes by their place in the index (most popular first); a set iterates in that order. */
export type Places = ReadonlySet<number>;

/** The perfumes with one accord (any strength) and its strength in each. */
export interface AccordStrengths {
  places: readonly number[];
  strengths: readonly number[];
}

/**
 * The catalog's facets in memory, built once per catalog version: each perfume has a place (0 =
 * most popular), and each accord (from ACCORD_PRESENT on), note, season and occasion the set of
 * places that carry it.
 */
export interface FacetIndex {
  size: number;
  /** Each perfume's place by its id. */
  places: ReadonlyMap<number, number>;
  releaseYears: readonly (number | null)[];
  genders: readonly string[];
  brandKeys: readonly string[];
  /** Frozen: every search answer shares them. */
  summaries: readonly PerfumeSummary[];
  accords: ReadonlyMap<string, Places>;
  /** For mood scores. */
  accordStrengths: ReadonlyMap<string, AccordStrengths>;
  notes: ReadonlyMap<string, Places>;
  seasons: ReadonlyMap<string, Places>;
  occasions: ReadonlyMap<string, Places>;
  /** Places in the order of the year sorts (`release_year DESC|ASC NULLS LAST`, then popularity). */
  newest: readonly number[];
  oldest: readonly number[];
}

function postings(rows: readonly CatalogFacetRow[], keysOf: (row: CatalogFacetRow) => readonly string[]) {
  const sets = new Map<string, Set<number>>();
  rows.forEach((row, place) => {
    for (const key of keysOf(row)) {
      const set = sets.get(key);
      if (set) set.add(place);
      else sets.set(key, new Set([place]));
    }
  });
  return sets;
}

function strengthsByAccord(rows: readonly CatalogFacetRow[]): Map<string, AccordStrengths> {
  const byAccord = new Map<string, { places: number[]; strengths: number[] }>();
  rows.forEach((row, place) => {
    for (const [key, strength] of Object.entries(row.accords)) {
      const posting = byAccord.get(key) ?? { places: [], strengths: [] };
      posting.places.push(place);
      posting.strengths.push(strength ?? 0);
      byAccord.set(key, posting);
    }
  });
  return byAccord;
}

const presentAccords = (row: CatalogFacetRow) =>
  Object.entries(row.accords).flatMap(([key, strength]) => ((strength ?? 0) >= ACCORD_PRESENT ? [key] : []));

/** Compares places as `release_year DESC|ASC NULLS LAST, popularity DESC, id` (the place is the last two). */
export function yearOrder(years: readonly (number | null)[], direction: 1 | -1) {
  return (a: number, b: number): number => {
    const yearA = years[a] ?? null;
    const yearB = years[b] ?? null;
    if (yearA !== yearB) {
      if (yearA === null) return 1;
      if (yearB === null) return -1;
      return (yearA - yearB) * direction;
    }
    return a - b;
  };
}

function frozen(summary: PerfumeSummary): PerfumeSummary {
  for (const accord of summary.accords) Object.freeze(accord);
  Object.freeze(summary.accords);
  return Object.freeze(summary);
}

/** Builds the index from `catalogFacets`' rows, which come most popular first. */
export function buildFacetIndex(rows: readonly CatalogFacetRow[]): FacetIndex {
  const releaseYears = rows.map((row) => row.releaseYear);
  return {
    size: rows.length,
    places: new Map(rows.map((row, place) => [row.id, place])),
    releaseYears,
    genders: rows.map((row) => row.gender),
    brandKeys: rows.map((row) => row.brandKey),
    summaries: rows.map((row) => frozen(row.summary)),
    accords: postings(rows, presentAccords),
    accordStrengths: strengthsByAccord(rows),
    notes: postings(rows, (row) => row.notes),
    seasons: postings(rows, (row) => row.seasons),
    occasions: postings(rows, (row) => row.occasions),
    newest: releaseYears.map((_, place) => place).sort(yearOrder(releaseYears, -1)),
    oldest: releaseYears.map((_, place) => place).sort(yearOrder(releaseYears, 1)),
  };
}
