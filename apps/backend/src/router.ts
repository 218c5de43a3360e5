import { router } from '@scentence/api';
import { vocabularyProcedure } from '@scentence/api/routers';
import type { PerfumeRepository } from '@scentence/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { createAdminRouter } from './admin/adminRouter';
import { CATALOG_CACHE } from './catalog/catalogCache';
import { createCatalogPagesRouter } from './catalog/catalogPagesRouter';
import type { ChatDependencies } from './chat/chatDependencies';
import { createChatRouter } from './chat/chatRouter';
import { createMemberRouter } from './member/memberRouter';
import type { MemberDependencies } from './member/shared/memberDependencies';
import { memberServicesGetter } from './member/shared/memberServices';
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

/**
 * `member.*` and `admin.*` are in member/memberRouter.ts and admin/adminRouter.ts; every other
 * router is in the folder of its name (`vocabulary` in @scentence/api/routers). Each lists its
 * procedures by name.
 */
export function createBackendRouter(deps: BackendDependencies) {
  // One set of member services for both routers: admin works on the same dependencies.
  const memberServices = memberServicesGetter(deps.members);
  const perfumeSearch = deps.perfumeSearch ?? createPerfumeSearch(deps.perfumes);
  // The name index's version: checked against the database at most every few seconds, not per request.
  const catalogVersion = async () => (await perfumeSearch.catalogIndex()).version;
  return router({
    perfume: createPerfumeRouter(deps.perfumes, perfumeSearch),
    catalog: createCatalogPagesRouter(deps.perfumes, catalogVersion),
    vocabulary: router({ get: vocabularyProcedure('vocabulary', CATALOG_CACHE) } satisfies TRPCRouterRecord),
    member: createMemberRouter(memberServices),
    admin: createAdminRouter(memberServices),
    wardrobe: createWardrobeRouter(deps.wardrobe),
    chat: createChatRouter(deps.chat),
  });
}

export type BackendRouter = ReturnType<typeof createBackendRouter>;
