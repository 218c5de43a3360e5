import { router } from '@scentence/api';
import { createVocabularyRouter } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';
import { createCatalogPagesRouter } from './catalog/catalogPagesRouter';
import type { ChatDependencies } from './chat/chatDependencies';
import { createChatRouter } from './chat/chatRouter';
import { createAdminRouter } from './member/adminRouter';
import type { MemberDependencies } from './member/memberDependencies';
import { createMemberRouter } from './member/memberRouter';
import { createPerfumeRouter } from './perfume/perfumeRouter';
import { createPerfumeSearch, type PerfumeSearch } from './perfume/perfumeSearchService';
import type { WardrobeDependencies } from './wardrobe/wardrobeDependencies';
import { createWardrobeRouter } from './wardrobe/wardrobeRouter';

export interface BackendDependencies {
  perfumes: PerfumeRepository;
  /** Absent when this process has no member_db open: member and admin procedures then answer 503. */
  members?: MemberDependencies;
  /** Search with its in-memory name index; one per process (made from `perfumes` when absent). */
  perfumeSearch?: PerfumeSearch;
  /** Absent when this process has no recom_db open: wardrobe procedures then answer 503. */
  wardrobe?: WardrobeDependencies;
  /** Absent when this process has no recom_db open: chat procedures then answer 503. */
  chat?: ChatDependencies;
}

export function createBackendRouter(deps: BackendDependencies) {
  return router({
    perfume: createPerfumeRouter(deps.perfumes, deps.perfumeSearch ?? createPerfumeSearch(deps.perfumes)),
    catalog: createCatalogPagesRouter(deps.perfumes),
    vocabulary: createVocabularyRouter('vocabulary'),
    member: createMemberRouter(deps.members),
    admin: createAdminRouter(deps.members),
    wardrobe: createWardrobeRouter(deps.wardrobe),
    chat: createChatRouter(deps.chat),
  });
}

export type BackendRouter = ReturnType<typeof createBackendRouter>;
