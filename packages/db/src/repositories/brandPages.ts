import type { BrandPerfumeSort, PerfumeSearchResult } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { Sql } from '../connections';
import { foldText } from '../text/normalize';
import { ACCORD_PRESENT, searchPerfumes } from './perfumeSearch';

export interface BrandRow {
  id: number;
  name: string;
  nameKo: string | null;
  perfumes: number;
}

/**
 * The brand at a slug. A slug is the brand's name key with hyphens for spaces, so folding it
 * gives the key back ("le-labo" → "le labo"); a name typed in the address ("Le Labo") folds the same.
 */
export async function findBrandBySlug(sql: Sql, slug: string): Promise<BrandRow | null> {
  const key = foldText(slug);
  if (!key) return null;
  const [row] = await sql<{ id: number; name: string; name_ko: string | null; perfumes: number }[]>`
    SELECT b.id, b.name, b.name_ko, (SELECT count(*)::int FROM perfumes p WHERE p.brand_id = b.id) AS perfumes
    FROM brands b WHERE b.name_key = ${key}`;
  return row ? { id: row.id, name: row.name, nameKo: row.name_ko, perfumes: row.perfumes } : null;
}

/** The share (0–100) of a brand's perfumes in which each accord is present, commonest first. */
export async function brandAccordProfile(
  sql: Sql,
  brand: BrandRow,
  limit: number,
): Promise<{ key: AccordKey; share: number }[]> {
  if (brand.perfumes === 0) return [];
  const rows = await sql<{ key: AccordKey; carriers: number }[]>`
    SELECT a.accord_key AS key, count(*)::int AS carriers
    FROM perfume_accords a JOIN perfumes p ON p.id = a.perfume_id
    WHERE p.brand_id = ${brand.id} AND a.strength >= ${ACCORD_PRESENT}
    GROUP BY a.accord_key
    ORDER BY carriers DESC, avg(a.strength) DESC, a.accord_key
    LIMIT ${limit}`;
  return rows.map((row) => ({ key: row.key, share: Math.round((100 * row.carriers) / brand.perfumes) }));
}

/** A brand's perfumes, in the order asked. */
export function perfumesOfBrand(
  sql: Sql,
  brand: BrandRow,
  sort: BrandPerfumeSort,
  limit: number,
  cursor: number,
): Promise<PerfumeSearchResult> {
  return searchPerfumes(sql, { brand: brand.name, accordMode: 'all', sort, limit, cursor });
}
