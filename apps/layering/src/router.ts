import { router } from '@scentence/api';
import { createPerfumeLookupRouter, createVocabularyRouter } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';

export interface LayeringDependencies {
  perfumes: PerfumeRepository;
}

export function createLayeringRouter(deps: LayeringDependencies) {
  return router({
    vocabulary: createVocabularyRouter('vocabulary'),
    perfume: createPerfumeLookupRouter('perfumes', deps.perfumes.findSummaries),
  });
}

export type LayeringRouter = ReturnType<typeof createLayeringRouter>;
