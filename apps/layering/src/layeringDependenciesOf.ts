import {
  createLayeringCatalogRepository,
  createLayeringVoteRepository,
  createPerfumeRepository,
  createWardrobeRepository,
  type Databases,
  localEmbedder,
} from '@scentence/db';
import { createCatalogLexicon } from './ask/catalogLexicon';
import { type CatalogVersionOptions, createCatalogVersionGate } from './catalog/catalogVersionGate';
import { createProfileCache } from './catalog/profileCache';
import type { LayeringDependencies } from './layeringDependencies';
import { createFamilyLeaders } from './partners/familyLeaders';
import { wardrobeAccessOf } from './wardrobe/wardrobeAccess';

/**
 * The layering service's repositories and caches over the open databases: perfume_db always;
 * recom_db, when this process opened it, for votes and the wardrobe.
 */
export function layeringDependenciesOf(
  databases: Databases,
  catalogVersion: CatalogVersionOptions = {},
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
    ...(recom && {
      votes: createLayeringVoteRepository(recom),
      wardrobe: wardrobeAccessOf(createWardrobeRepository(recom)),
    }),
  };
}
