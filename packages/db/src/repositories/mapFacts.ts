import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { ACCORD_PRESENT, SHARE_FITS } from './perfumeSearch';

/** What the scent map reads about one perfume to place, colour and filter it. */
export interface MapPerfumeFacts {
  id: number;
  brandId: number;
  year: number | null;
  gender: GenderKey;
  popularity: number;
  /** Every accord with its strength (0–100), strongest first. */
  accords: { key: AccordKey; strength: number }[];
  /** Ids of its notes, each once. */
  noteIds: number[];
  /** Seasons and occasions it fits (share ≥ 50, as the search filters). */
  seasons: SeasonKey[];
  occasions: OccasionKey[];
}

export interface MapBrandFacts {
  id: number;
  name: string;
  nameKo: string | null;
}

export interface MapNoteFacts {
  id: number;
  slug: string;
  name: string;
  nameKo: string | null;
  /** How many perfumes carry it. */
  perfumes: number;
}

export interface MapCatalogFacts {
  perfumes: MapPerfumeFacts[];
  brands: MapBrandFacts[];
  /** The most frequent notes, most frequent first (ties by id). */
  notes: MapNoteFacts[];
}

/** The accord threshold the map's "accord present" bits use: the search filters' own. */
export const MAP_ACCORD_PRESENT = ACCORD_PRESENT;

/**
 * The whole catalog as the map's layout job reads it, perfumes by id: a few grouped queries
 * joined in code (a correlated subquery per perfume is several times slower at 38k perfumes).
 */
export async function mapCatalogFacts(sql: Sql, noteLimit: number): Promise<MapCatalogFacts> {
  const perfumes = await sql<Pick<MapPerfumeFacts, 'id' | 'brandId' | 'year' | 'gender' | 'popularity'>[]>`
    SELECT id, brand_id AS "brandId", release_year AS year, gender, popularity FROM perfumes ORDER BY id`;
  const accords = await sql<{ perfume_id: number; keys: AccordKey[]; strengths: number[] }[]>`
    SELECT perfume_id, array_agg(accord_key ORDER BY strength DESC, accord_key) AS keys,
      array_agg(strength ORDER BY strength DESC, accord_key) AS strengths
    FROM perfume_accords GROUP BY perfume_id`;
  const notes = await sql<{ perfume_id: number; note_ids: number[] }[]>`
    SELECT perfume_id, array_agg(DISTINCT note_id ORDER BY note_id) AS note_ids FROM perfume_notes GROUP BY perfume_id`;
  const seasons = await sql<{ perfume_id: number; keys: SeasonKey[] }[]>`
    SELECT perfume_id, array_agg(season ORDER BY season) AS keys FROM perfume_seasons
    WHERE share >= ${SHARE_FITS} GROUP BY perfume_id`;
  const occasions = await sql<{ perfume_id: number; keys: OccasionKey[] }[]>`
    SELECT perfume_id, array_agg(occasion ORDER BY occasion) AS keys FROM perfume_occasions
    WHERE share >= ${SHARE_FITS} GROUP BY perfume_id`;
  const brands = await sql<MapBrandFacts[]>`
    SELECT id, name, name_ko AS "nameKo" FROM brands WHERE id IN (SELECT DISTINCT brand_id FROM perfumes) ORDER BY id`;
  const frequentNotes = await sql<MapNoteFacts[]>`
    SELECT n.id, n.slug, n.name, n.name_ko AS "nameKo", count(DISTINCT pn.perfume_id)::int AS perfumes
    FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
    GROUP BY n.id ORDER BY perfumes DESC, n.id LIMIT ${noteLimit}`;

  const accordsOf = new Map(
    accords.map((row) => [
      row.perfume_id,
      row.keys.map((key, index) => ({ key, strength: row.strengths[index] ?? 0 })),
    ]),
  );
  const notesOf = new Map(notes.map((row) => [row.perfume_id, row.note_ids]));
  const seasonsOf = new Map(seasons.map((row) => [row.perfume_id, row.keys]));
  const occasionsOf = new Map(occasions.map((row) => [row.perfume_id, row.keys]));
  return {
    perfumes: perfumes.map((row) => ({
      ...row,
      accords: accordsOf.get(row.id) ?? [],
      noteIds: notesOf.get(row.id) ?? [],
      seasons: seasonsOf.get(row.id) ?? [],
      occasions: occasionsOf.get(row.id) ?? [],
    })),
    brands,
    notes: frequentNotes,
  };
}
