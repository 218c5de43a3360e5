import {
  type ChatCatalog,
  type ChatRepository,
  createChatCatalog,
  createChatRepository,
  type Databases,
  type MemberRepository,
  type PerfumeRepository,
  type WardrobeTaste,
} from '@scentence/db';
import type { WindowLimit } from '../member/shared/memberSettings';
import type { CatalogIndex } from '../perfume/catalogIndex';
import type { LayeringAdvisor } from './layeringAdvisor';
import type { OpenAiChatSettings } from './openai/openaiSettings';

/** What the chat runs on. */
export interface ChatDependencies {
  /** Threads and messages in recom_db. */
  chats: ChatRepository;
  /** The chat's reads of perfume_db (candidates, facts, taste closeness). */
  catalog: ChatCatalog;
  perfumes: PerfumeRepository;
  /** The search's catalog index (names, notes, houses), shared with the search. */
  catalogIndex: () => Promise<CatalogIndex>;
  /** The member's taste (absent: no wardrobe in this process, nothing personal is used). */
  taste?: WardrobeTaste;
  /** Members' modes and the message limits (absent: no member_db; sending a message then answers 503). */
  members?: {
    repository: MemberRepository;
    guestMessages: WindowLimit;
    guestSessions: WindowLimit;
    memberMessages: WindowLimit;
  };
  layering: LayeringAdvisor;
  /** OpenAI for the answers when a key is set; absent: the offline engine alone. */
  openai?: OpenAiChatSettings;
  /** Signs guest tokens (the services' secret). */
  authSecret: string;
  clock: () => Date;
  log: (message: string) => void;
}

export interface ChatDependencyInput {
  perfumes: PerfumeRepository;
  catalogIndex: () => Promise<CatalogIndex>;
  taste?: WardrobeTaste;
  members?: ChatDependencies['members'];
  layering: LayeringAdvisor;
  openai?: OpenAiChatSettings;
  authSecret: string;
  log?: (message: string) => void;
}

/** The chat's dependencies in a process that has recom_db open; undefined otherwise (its routes answer 503). */
export function chatDependenciesOf(databases: Databases, input: ChatDependencyInput): ChatDependencies | undefined {
  const recom = databases.sql.recom;
  if (!recom) return undefined;
  return {
    chats: createChatRepository(recom),
    catalog: createChatCatalog(databases.get('perfume')),
    clock: () => new Date(),
    log: input.log ?? ((message) => console.log(`[backend] ${message}`)),
    ...input,
  };
}
