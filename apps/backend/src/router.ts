import { router } from '@scentence/api';
import { createVocabularyRouter } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';
import { createCatalogPagesRouter } from './catalog/catalogPagesRouter';
import { createAdminRouter } from './member/adminRouter';
import type { MemberDependencies } from './member/memberDependencies';
import { createMemberRouter } from './member/memberRouter';
import { createPerfumeRouter } from './perfume/perfumeRouter';

export interface BackendDependencies {
  perfumes: PerfumeRepository;
  /** Absent when this process has no member_db open: member and admin procedures then answer 503. */
  members?: MemberDependencies;
}

export function createBackendRouter(deps: BackendDependencies) {
  return router({
    perfume: createPerfumeRouter(deps.perfumes),
    catalog: createCatalogPagesRouter(deps.perfumes),
    vocabulary: createVocabularyRouter('vocabulary'),
    member: createMemberRouter(deps.members),
    admin: createAdminRouter(deps.members),
  });
}

export type BackendRouter = ReturnType<typeof createBackendRouter>;
