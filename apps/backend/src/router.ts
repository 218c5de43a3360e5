import { router } from '@scentence/api';
import { createVocabularyRouter } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';
import { createPerfumeRouter } from './perfume/perfumeRouter';

export interface BackendDependencies {
  perfumes: PerfumeRepository;
}

export function createBackendRouter(deps: BackendDependencies) {
  return router({
    perfume: createPerfumeRouter(deps.perfumes),
    vocabulary: createVocabularyRouter('vocabulary'),
  });
}

export type BackendRouter = ReturnType<typeof createBackendRouter>;
