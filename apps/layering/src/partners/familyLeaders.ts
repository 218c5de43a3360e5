import type { AccordKey } from '@scentence/api/vocabulary';
import type { LayeringCatalogRepository, PartnerCandidate } from '@scentence/db';
import { type CatalogVersionGate, createCatalogCache } from '../catalog/catalogVersionGate';
import type { LayeringPerfume } from '../scoring/layeringPerfume';

/** A candidate with the shape the rules read (its accords, longevity and sillage; no notes yet). */
export interface CandidatePerfume {
  candidate: PartnerCandidate;
  perfume: LayeringPerfume;
}

export function candidatePerfume(candidate: PartnerCandidate): CandidatePerfume {
  return {
    candidate,
    perfume: {
      id: candidate.id,
      brand: candidate.brand,
      brandKo: null,
      name: candidate.name,
      nameKo: null,
      concentration: null,
      accords: candidate.accords,
      notes: [],
      seasons: {},
      occasions: {},
      longevity: candidate.longevity,
      sillage: candidate.sillage,
    },
  };
}

/** The best-known perfumes per family that partner searches draw from: this many of each. */
export const FAMILY_LEADERS = 40;
/** A perfume belongs to a family when the family's accord has at least this strength. */
export const FAMILY_STRENGTH = 60;

export type FamilyLeaders = () => Promise<ReadonlyMap<AccordKey, readonly CandidatePerfume[]>>;

/**
 * The complementary-family prefilter of the partner search: for every accord, the best-known
 * perfumes leading with it, read by one SQL pass over the strong accords once per catalog version.
 */
export function createFamilyLeaders(
  catalog: Pick<LayeringCatalogRepository, 'familyLeaders'>,
  version: CatalogVersionGate,
): FamilyLeaders {
  return createCatalogCache(version, async () => {
    const leaders = await catalog.familyLeaders(FAMILY_LEADERS, FAMILY_STRENGTH);
    return new Map([...leaders].map(([accord, candidates]) => [accord, candidates.map(candidatePerfume)]));
  });
}
