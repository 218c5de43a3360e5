import {
  createLayeringCatalogRepository,
  createLayeringVoteRepository,
  createPerfumeRepository,
  createRateLimitRepository,
  createWardrobeRepository,
  type Databases,
  localEmbedder,
} from '@scentence/db';
import { createCatalogLexicon } from './ask/catalogLexicon';
import { type CatalogVersionOptions, createCatalogVersionGate } from './catalog/catalogVersionGate';
import { createProfileCache } from './catalog/profileCache';
import type { LayeringDependencies } from './layeringDependencies';
import { createLayeringLimiter } from './limits/layeringLimiter';
import { DEFAULT_LAYERING_LIMITS, type LayeringLimits } from './limits/layeringLimits';
import { createFamilyLeaders } from './partners/familyLeaders';
import { wardrobeAccessOf } from './wardrobe/wardrobeAccess';

/**
 * The layering service's repositories and caches over the open databases: perfume_db always;
 * recom_db, when this process opened it, for votes, the wardrobe and each caller's limits.
 */
export function layeringDependenciesOf(
  databases: Databases,
  catalogVersion: CatalogVersionOptions = {},
  limits: LayeringLimits = DEFAULT_LAYERING_LIMITS,
): LayeringDependencies {
  const perfumeSql = databases.get('perfume');
  const perfumes = createPerfumeRepository(perfumeSql);
  const catalog = createLayeringCatalogRepository(perfumeSql);
  const version = createCatalogVersionGate(perfumes.catalogVersion, catalogVersion);
  const recom = databases.sql.recom;
  return {
    perfumes,
    catalog,
    profiles: createProfileCache(catalog, version),
    familyLeaders: createFamilyLeaders(catalog, version),
    lexicon: createCatalogLexicon(perfumes, version),
    embeddingModel: localEmbedder.model,
    limiter: createLayeringLimiter(recom && createRateLimitRepository(recom, 'layering_rate_limit_events'), limits),
    ...(recom && {
      votes: createLayeringVoteRepository(recom),
      wardrobe: wardrobeAccessOf(createWardrobeRepository(recom)),
    }),
  };
}
