import type { PerfumeRecord } from '@scentence/api/schemas';
import { designerCatalog } from './catalog/designer';
import { nicheCatalog } from './catalog/niche';
import { NOTE_NAMES_KO } from './catalog/noteNamesKo';
import { popularCatalog } from './catalog/popular';
import type { SeedCatalogPart, SeedPerfume } from './catalogTypes';

export const SHIPPED_CATALOG: readonly SeedCatalogPart[] = [designerCatalog, nicheCatalog, popularCatalog];

/** Shares are stored relative to the best fit (100), whatever scale the source used. */
export function relativeShares<K extends string>(shares: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const values = Object.values<number | undefined>(shares).filter((v): v is number => typeof v === 'number');
  const max = Math.max(0, ...values);
  if (max === 0) return {};
  return Object.fromEntries(
    Object.entries<number | undefined>(shares)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
      .map(([key, value]) => [key, Math.round((value / max) * 100)]),
  ) as Partial<Record<K, number>>;
}

function notesOf(perfume: SeedPerfume): PerfumeRecord['notes'] {
  const positions = [
    ['top', perfume.top],
    ['middle', perfume.middle],
    ['base', perfume.base],
    ['flat', perfume.flat],
  ] as const;
  return positions.flatMap(([position, names]) =>
    (names ?? []).map((name) => ({ name, nameKo: NOTE_NAMES_KO[name] ?? null, position })),
  );
}

/**
 * The shipped catalog as records. Popularity follows the order in which each brand lists its
 * perfumes (the house's best known first), since a hand-written catalog has no vote counts.
 */
export function shippedCatalogRecords(parts: readonly SeedCatalogPart[] = SHIPPED_CATALOG): PerfumeRecord[] {
  return parts.flatMap((part) =>
    part.brands.flatMap((brand) =>
      brand.perfumes.map(
        (perfume, index): PerfumeRecord => ({
          brand: brand.brand,
          brandKo: brand.ko ?? null,
          name: perfume.name,
          nameKo: perfume.ko ?? null,
          year: perfume.year ?? null,
          concentration: perfume.conc ?? null,
          perfumers: perfume.perfumers ?? [],
          gender: perfume.gender,
          imageUrl: null,
          notes: notesOf(perfume),
          accords: perfume.accords,
          seasons: relativeShares(perfume.seasons),
          occasions: relativeShares(perfume.occasions),
          longevity: perfume.longevity,
          sillage: perfume.sillage,
          popularity: Math.max(100, 1000 - index * 100),
          source: 'scentence',
        }),
      ),
    ),
  );
}
