import { createServiceHost } from '@scentence/api/host';
import {
  createLayeringVoteRepository,
  createMemberRepository,
  createPerfumeRepository,
  type Databases,
} from '@scentence/db';
import { chatDependenciesOf } from './chat/chatDependencies';
import { CHAT_EVENT_STREAM } from './chat/chatEventStream';
import { createLayeringAdvisor } from './chat/layeringAdvisor';
import type { OpenAiChatSettings } from './chat/openai/openaiSettings';
import type { MemberDependencies } from './member/memberDependencies';
import { scheduleMemberMaintenance } from './member/memberMaintenance';
import { DEFAULT_MEMBER_SETTINGS, type MemberSettings } from './member/memberSettings';
import { createPerfumeSearch } from './perfume/perfumeSearchService';
import { createBackendRouter } from './router';
import { createStorage } from './storage/createStorage';
import { wardrobeDependenciesOf } from './wardrobe/wardrobeDependencies';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
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
    },
    layering: createLayeringAdvisor(settings.layeringUrl ?? DEFAULT_LAYERING_URL),
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
  const router = createBackendRouter({ perfumes, members, perfumeSearch, wardrobe, chat });
  const host = createServiceHost({
    service: 'backend',
    title: 'Scentence backend',
    version: '1.0.0',
    description: 'Members, the perfume catalog (search, detail, similar), wardrobe and chat.',
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    checkDatabase: perfumes.ping,
    eventStreams: [CHAT_EVENT_STREAM],
    extraRoutes: routes ?? undefined,
  });

  // The withdrawal purge runs while the host listens, on unref'd timers.
  let stopMaintenance = () => {};
  return {
    router,
    host: {
      ...host,
      async listen(port: number, hostname?: string) {
        const bound = await host.listen(port, hostname);
        // The name index is built while the first visitors are still loading pages.
        void perfumeSearch.warm();
        if (members) stopMaintenance = scheduleMemberMaintenance(members, memberSettings.purgeIntervalMs);
        return bound;
      },
      async close() {
        stopMaintenance();
        await host.close();
      },
    },
  };
}
