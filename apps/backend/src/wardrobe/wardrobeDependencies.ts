import {
  createWardrobeRepository,
  createWardrobeTaste,
  type Databases,
  type PerfumeRepository,
  type WardrobeRepository,
  type WardrobeTaste,
} from '@scentence/db';

/** What the wardrobe router runs on: recom_db for the entries, perfume_db for the perfumes. */
export interface WardrobeDependencies {
  wardrobe: WardrobeRepository;
  perfumes: PerfumeRepository;
  /** `tasteProfileOf(memberId)`: the same reading of a wardrobe every service uses. */
  taste: WardrobeTaste;
  /** Injected so tests can pin the export date. */
  clock: () => Date;
}

/** The wardrobe's dependencies in a process that has recom_db open; undefined otherwise (its routes answer 503). */
export function wardrobeDependenciesOf(
  databases: Databases,
  perfumes: PerfumeRepository,
): WardrobeDependencies | undefined {
  const sql = databases.sql.recom;
  if (!sql) return undefined;
  const wardrobe = createWardrobeRepository(sql);
  return { wardrobe, perfumes, taste: createWardrobeTaste(wardrobe, perfumes), clock: () => new Date() };
}
