import type { LayeringCatalogRepository, LayeringVoteRepository, PerfumeRepository } from '@scentence/db';
import type { CatalogLexicon } from './ask/catalogLexicon';
import type { ProfileCache } from './catalog/profileCache';
import type { LayeringLimiter } from './limits/layeringLimiter';
import type { FamilyLeaders } from './partners/familyLeaders';
import type { WardrobeAccess } from './wardrobe/wardrobeAccess';

export interface LayeringDependencies {
  perfumes: PerfumeRepository;
  catalog: LayeringCatalogRepository;
  /** Whole perfume profiles, kept until the catalog changes. */
  profiles: ProfileCache;
  /** The best-known perfumes of every family, kept until the catalog changes. */
  familyLeaders: FamilyLeaders;
  /** The catalog's names and words, built once per catalog version. */
  lexicon: CatalogLexicon;
  /** The embedding model whose neighbours the partner search reads. */
  embeddingModel: string;
  /** Each caller's limits, kept in recom_db (nothing is limited without it). */
  limiter: LayeringLimiter;
  /** Absent when this process has no recom_db open: voting answers 503, pairs show no votes. */
  votes?: LayeringVoteRepository;
  /** Absent when this process has no recom_db open: wardrobe partners and WISH answer 503. */
  wardrobe?: WardrobeAccess;
}
