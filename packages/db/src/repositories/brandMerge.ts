import type postgres from 'postgres';
import type { Sql } from '../connections';
import { brandIdentity } from '../text/brandIdentity';
import { foldText, nameKey } from '../text/normalize';
import { bumpCatalogVersion } from './catalogVersion';

type Tx = postgres.TransactionSql;

/** Two brand rows had a perfume of the same name: one row stays, the other is deleted. */
export interface PerfumeCollision {
  name: string;
  keptId: number;
  removedId: number;
}

/** One house whose brand rows were folded into one. */
export interface BrandMerge {
  /** The house's name as the catalog now spells it. */
  brand: string;
  brandId: number;
  /** The rows folded into it (deleted), with how many perfumes each had. */
  merged: { id: number; name: string; perfumes: number }[];
  /** Perfumes moved to the kept row. */
  moved: number;
  collisions: PerfumeCollision[];
}

export interface BrandMergeReport {
  merges: BrandMerge[];
  /** Rows alone for their house but spelt otherwise than the house ("Christian Dior" → "Dior"). */
  renamed: { id: number; from: string; to: string }[];
}

interface BrandRow {
  id: number;
  name: string;
  name_ko: string | null;
  perfumes: number;
}

/** The row that stays: the one already spelt as the house, else the one with most perfumes, else the oldest. */
function keeperOf(rows: BrandRow[], canonicalName: string): BrandRow {
  return [...rows].sort(
    (a, b) =>
      Number(b.name === canonicalName) - Number(a.name === canonicalName) || b.perfumes - a.perfumes || a.id - b.id,
  )[0]!;
}

/**
 * Of two rows of one perfume, which to keep: the one that knows more (notes, accords, seasons,
 * occasions, year, longevity, sillage), then the better known, then the older.
 */
async function collisionsOf(tx: Tx, keeperId: number, donorId: number): Promise<PerfumeCollision[]> {
  const rows = await tx<{ name: string; kept_id: number; removed_id: number }[]>`
    WITH facts AS (
      SELECT p.id, p.brand_id, p.name_key, p.name, p.popularity,
        (SELECT count(*) FROM perfume_notes WHERE perfume_id = p.id)
        + (SELECT count(*) FROM perfume_accords WHERE perfume_id = p.id)
        + (SELECT count(*) FROM perfume_seasons WHERE perfume_id = p.id)
        + (SELECT count(*) FROM perfume_occasions WHERE perfume_id = p.id)
        + (p.release_year IS NOT NULL)::int + (p.longevity IS NOT NULL)::int + (p.sillage IS NOT NULL)::int AS known
      FROM perfumes p WHERE p.brand_id IN (${keeperId}, ${donorId})
    )
    SELECT k.name,
      CASE WHEN (d.known, d.popularity, -d.id) > (k.known, k.popularity, -k.id) THEN d.id ELSE k.id END AS kept_id,
      CASE WHEN (d.known, d.popularity, -d.id) > (k.known, k.popularity, -k.id) THEN k.id ELSE d.id END AS removed_id
    FROM facts k JOIN facts d ON d.name_key = k.name_key AND d.brand_id = ${donorId}
    WHERE k.brand_id = ${keeperId}
    ORDER BY k.name_key`;
  return rows.map((row) => ({ name: row.name, keptId: row.kept_id, removedId: row.removed_id }));
}

/** Settles each collision (the kept row takes the other's Korean name if it has none) and moves the donor's perfumes. */
async function moveBrandPerfumes(
  tx: Tx,
  keeperId: number,
  donorId: number,
): Promise<Omit<BrandMerge, 'brand' | 'brandId' | 'merged'>> {
  const collisions = await collisionsOf(tx, keeperId, donorId);
  for (const collision of collisions) {
    await tx`UPDATE perfumes SET name_ko = (SELECT name_ko FROM perfumes WHERE id = ${collision.removedId})
      WHERE id = ${collision.keptId} AND name_ko IS NULL`;
    await tx`DELETE FROM perfumes WHERE id = ${collision.removedId}`;
  }
  const moved = await tx`UPDATE perfumes SET brand_id = ${keeperId} WHERE brand_id = ${donorId}`;
  await tx`DELETE FROM brands WHERE id = ${donorId}`;
  return { moved: moved.count, collisions };
}

/** The brand's perfumes' search text follows the brand's name and Korean name. */
async function refreshSearchText(tx: Tx, brandId: number): Promise<void> {
  const [brand] = await tx<
    { name: string; name_ko: string | null }[]
  >`SELECT name, name_ko FROM brands WHERE id = ${brandId}`;
  if (!brand) return;
  const perfumes = await tx<{ id: number; name: string; name_ko: string | null }[]>`
    SELECT id, name, name_ko FROM perfumes WHERE brand_id = ${brandId}`;
  if (perfumes.length === 0) return;
  const texts = perfumes.map((perfume) =>
    [brand.name, brand.name_ko, perfume.name, perfume.name_ko]
      .filter((part): part is string => Boolean(part))
      .map(foldText)
      .join(' '),
  );
  await tx`UPDATE perfumes SET search_text = input.search_text
    FROM unnest(${perfumes.map((perfume) => perfume.id)}::int[], ${texts}::text[]) AS input(id, search_text)
    WHERE perfumes.id = input.id`;
}

/**
 * Folds brand rows that name one house (by the alias table: "Christian Dior" and "Dior", "By
 * Kilian" and "Kilian Paris"; or the same name spaced otherwise) into one row spelt as the house
 * is, in one transaction. Perfumes move to the kept row; where both rows had a perfume of the same
 * name, the row that knows more stays and the other is deleted (its vectors with it). A row alone
 * for its house but spelt otherwise is renamed. Bumps the catalog version when anything changed.
 */
export async function mergeDuplicateBrands(sql: Sql): Promise<BrandMergeReport> {
  return sql.begin(async (tx) => {
    const rows = await tx<BrandRow[]>`
      SELECT b.id, b.name, b.name_ko, count(p.id)::int AS perfumes
      FROM brands b LEFT JOIN perfumes p ON p.brand_id = b.id GROUP BY b.id ORDER BY b.id`;
    const houses = new Map<string, { name: string; nameKo: string | null; rows: BrandRow[] }>();
    for (const row of rows) {
      const house = brandIdentity(row.name, row.name_ko);
      const known = houses.get(house.key);
      if (known) known.rows.push(row);
      else houses.set(house.key, { name: house.name, nameKo: house.nameKo, rows: [row] });
    }

    const report: BrandMergeReport = { merges: [], renamed: [] };
    for (const house of houses.values()) {
      const keeper = keeperOf(house.rows, house.name);
      const donors = house.rows.filter((row) => row !== keeper);
      if (donors.length === 0 && keeper.name === house.name) continue;
      const merge: BrandMerge = { brand: house.name, brandId: keeper.id, merged: [], moved: 0, collisions: [] };
      for (const donor of donors) {
        const outcome = await moveBrandPerfumes(tx, keeper.id, donor.id);
        merge.merged.push({ id: donor.id, name: donor.name, perfumes: donor.perfumes });
        merge.moved += outcome.moved;
        merge.collisions.push(...outcome.collisions);
      }
      const nameKo = [keeper, ...donors].find((row) => row.name_ko)?.name_ko ?? house.nameKo;
      await tx`UPDATE brands SET name = ${house.name}, name_key = ${nameKey(house.name)}, name_ko = ${nameKo}
        WHERE id = ${keeper.id}`;
      await refreshSearchText(tx, keeper.id);
      if (donors.length > 0) report.merges.push(merge);
      else report.renamed.push({ id: keeper.id, from: keeper.name, to: house.name });
    }
    if (report.merges.length + report.renamed.length > 0) await bumpCatalogVersion(tx);
    return report;
  });
}
