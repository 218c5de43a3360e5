import { createService, type ServiceSettings as SharedServiceSettings } from '@scentence/api/service';
import {
  createLayeringVoteRepository,
  createMemberRepository,
  createPerfumeRepository,
  type Databases,
} from '@scentence/db';
import { catalogCacheVersion } from './catalog/catalogCache';
import { chatDependenciesOf } from './chat/chatDependencies';
import { CHAT_EVENT_STREAM } from './chat/chatEventStream';
import { createLayeringAdvisor } from './chat/layeringAdvisor';
import type { OpenAiChatSettings } from './chat/openai/openaiSettings';
import type { MemberDependencies } from './member/shared/memberDependencies';
import { scheduleMemberMaintenance } from './member/shared/memberMaintenance';
import { DEFAULT_MEMBER_SETTINGS, type MemberSettings } from './member/shared/memberSettings';
import { createPerfumeSearch } from './perfume/perfumeSearchService';
import { createBackendRouter } from './router';
import { createStorage } from './storage/createStorage';
import { wardrobeDependenciesOf } from './wardrobe/wardrobeDependencies';

export interface ServiceSettings extends SharedServiceSettings {
  /** Admins, abuse limits, purge interval, profile-image storage (`memberSettingsOf(env)`). */
  member?: MemberSettings;
  /** Where the chat reaches the layering service (LAYERING_URL); by default the layering port on this host. */
  layeringUrl?: string;
  /** OpenAI for the chat (`openAiChatOf(env)`); absent: the offline engine alone. */
  openai?: OpenAiChatSettings;
  /** Where the chat's line per turn goes (engine, tools, round trips, latency); by default stdout. */
  chatLog?: (message: string) => void;
}

const DEFAULT_LAYERING_URL = 'http://127.0.0.1:8002';

const log = (message: string, error?: unknown) => console.error(`[backend] ${message}`, error ?? '');

/** The backend's host around already-open databases (standalone or inside the embedded launcher). */
export function createBackendService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const memberSettings = settings.member ?? DEFAULT_MEMBER_SETTINGS;
  const { storage, routes } = createStorage(memberSettings.storage, settings.authSecret);
  const wardrobe = wardrobeDependenciesOf(databases, perfumes);
  const memberSql = databases.sql.member;
  const layeringVotes = databases.sql.recom && createLayeringVoteRepository(databases.sql.recom);
  const perfumeSearch = createPerfumeSearch(perfumes);
  const chat = chatDependenciesOf(databases, {
    perfumes,
    catalogIndex: perfumeSearch.catalogIndex,
    taste: wardrobe?.taste,
    members: memberSql && {
      repository: createMemberRepository(memberSql),
      guestMessages: memberSettings.limits.chatGuestMessages,
      guestSessions: memberSettings.limits.chatGuestSessions,
      memberMessages: memberSettings.limits.chatMemberMessages,
    },
    layering: createLayeringAdvisor(settings.layeringUrl ?? DEFAULT_LAYERING_URL, settings.authSecret),
    ...(settings.openai && { openai: settings.openai }),
    authSecret: settings.authSecret,
    log: settings.chatLog ?? ((message) => console.log(`[backend] ${message}`)),
  });
  const members: MemberDependencies | undefined = memberSql && {
    members: createMemberRepository(memberSql),
    // A purged member's wardrobe, layering votes and chat threads (all in recom_db) go with them.
    wardrobes: wardrobe && {
      async deleteMembers(memberIds: readonly string[]) {
        const removed = await wardrobe.wardrobe.deleteMembers(memberIds);
        await layeringVotes?.deleteMembers(memberIds);
        await chat?.chats.deleteMembers(memberIds);
        return removed;
      },
    },
    storage,
    settings: memberSettings,
    authSecret: settings.authSecret,
    clock: () => new Date(),
    log,
  };
  // The withdrawal purge runs while the host listens, on unref'd timers.
  let stopMaintenance = () => {};
  return createService(
    {
      service: 'backend',
      title: 'Scentence backend',
      description:
        'Members and their administration, the perfume catalog (search, suggestions, detail, similar, brand, note and accord pages, the sitemap), wardrobe and chat.',
      router: createBackendRouter({ perfumes, members, perfumeSearch, wardrobe, chat }),
      checkDatabase: perfumes.ping,
      // The version the name index was built from, read again at most every few seconds: a 304
      // or an answer kept by its ETag costs no query.
      cacheVersion: catalogCacheVersion(async () => (await perfumeSearch.catalogIndex()).version),
      eventStreams: [CHAT_EVENT_STREAM],
      extraRoutes: routes ?? undefined,
      afterListen() {
        // The name index is built while the first visitors are still loading pages.
        void perfumeSearch.warm();
        if (members) stopMaintenance = scheduleMemberMaintenance(members, memberSettings.purgeIntervalMs);
      },
      beforeClose: () => stopMaintenance(),
    },
    settings,
  );
}
