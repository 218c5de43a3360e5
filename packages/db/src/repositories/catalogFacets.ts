import type { PerfumeSummary } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { SHARE_FITS } from './perfumeSearch';

/**
 * What a filtered search looks at in one perfume (the facets, as the search's SQL tests them)
 * and the summary it answers with, as the read model keeps it.
 */
export interface CatalogFacetRow {
  id: number;
  releaseYear: number | null;
  gender: GenderKey;
  /** The house's catalog key (`brands.name_key`). */
  brandKey: string;
  /** Every accord it has, with its strength. */
  accords: Partial<Record<AccordKey, number>>;
  /** Note slugs. */
  notes: string[];
  /** Seasons and occasions it fits (SHARE_FITS on). */
  seasons: SeasonKey[];
  occasions: OccasionKey[];
  /** Its summary as the read model keeps it (migration 0008). */
  summary: PerfumeSummary;
}

/** Every perfume's facets, most popular first (the order of a filtered search's relevance). */
export async function catalogFacets(sql: Sql): Promise<CatalogFacetRow[]> {
  const rows = await sql<
    {
      id: number;
      release_year: number | null;
      gender: GenderKey;
      brand_key: string;
      accords: Partial<Record<AccordKey, number>>;
      notes: string[];
      seasons: SeasonKey[];
      occasions: OccasionKey[];
      summary: PerfumeSummary;
    }[]
  >`
    SELECT p.id, p.release_year, p.gender, b.name_key AS brand_key,
      (SELECT COALESCE(json_object_agg(a.accord_key, a.strength), '{}') FROM perfume_accords a
        WHERE a.perfume_id = p.id) AS accords,
      ARRAY(SELECT DISTINCT n.slug FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
        WHERE pn.perfume_id = p.id) AS notes,
      ARRAY(SELECT s.season FROM perfume_seasons s WHERE s.perfume_id = p.id AND s.share >= ${SHARE_FITS}) AS seasons,
      ARRAY(SELECT o.occasion FROM perfume_occasions o
        WHERE o.perfume_id = p.id AND o.share >= ${SHARE_FITS}) AS occasions,
      s.summary
    FROM perfumes p JOIN brands b ON b.id = p.brand_id JOIN perfume_summaries s ON s.perfume_id = p.id
    ORDER BY p.popularity DESC, p.id`;
  return rows.map((row) => ({
    id: row.id,
    releaseYear: row.release_year,
    gender: row.gender,
    brandKey: row.brand_key,
    accords: row.accords,
    notes: row.notes,
    seasons: row.seasons,
    occasions: row.occasions,
    summary: row.summary,
  }));
}
