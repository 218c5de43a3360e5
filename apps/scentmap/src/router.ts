import { router } from '@scentence/api';
import { createPerfumeLookupRouter, createVocabularyRouter } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';

export interface ScentmapDependencies {
  perfumes: PerfumeRepository;
}

export function createScentmapRouter(deps: ScentmapDependencies) {
  return router({
    vocabulary: createVocabularyRouter('vocabulary'),
    perfume: createPerfumeLookupRouter('perfumes', deps.perfumes.findSummaries),
  });
}

export type ScentmapRouter = ReturnType<typeof createScentmapRouter>;
