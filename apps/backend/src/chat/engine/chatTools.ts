import type { ChatStatus } from '@scentence/api/schemas';
import type { ChatCandidate, ChatCandidateQuery, ChatPerfumeFacts } from '@scentence/db';
import type { WeightedPerfume } from '@scentence/domain/taste';
import type { LayeringAdvisor } from '../layeringAdvisor';
import type { ChatCatalogIndex } from './chatCatalogIndex';

export interface NoteFact {
  slug: string;
  name: string;
  nameKo: string | null;
}

/** A member's taste as the chat uses it: nothing when the wardrobe switch is off. */
export interface ChatTaste {
  /** Liked (positive) and disliked perfumes with their weights. */
  weights: WeightedPerfume[];
  /** Perfumes owned or marked bad: left out of recommendations. */
  excluded: number[];
  /** The favourite accords, strongest first (for the answer's words). */
  accords: string[];
}

/**
 * What an engine may look up: the catalog, candidates through SQL filters and the HNSW index,
 * the facts of perfumes, notes and accords, the member's taste, and the layering service. The
 * offline engine and the OpenAI engine use the same tools.
 */
export interface ChatTools {
  catalog(): Promise<ChatCatalogIndex>;
  candidates(query: ChatCandidateQuery): Promise<ChatCandidate[]>;
  facts(ids: readonly number[]): Promise<Map<number, ChatPerfumeFacts>>;
  /** The best-known perfumes with a note, ids. */
  perfumesWithNote(slug: string, limit: number): Promise<number[]>;
  /** The perfumes in which an accord is strongest, ids. */
  perfumesByAccord(key: string, limit: number): Promise<number[]>;
  notesOfAccord(key: string, limit: number): Promise<NoteFact[]>;
  /** A member's taste (null for guests and when the member switched it off). */
  taste(memberId: string): Promise<ChatTaste | null>;
  tasteCloseness(liked: readonly WeightedPerfume[], ids: readonly number[]): Promise<Map<number, number>>;
  layering: LayeringAdvisor;
  /** Progress for a streaming client ("향수를 고르는 중…"). */
  status?(status: ChatStatus): void;
}

/** The facts of perfumes in the order asked, unknown ids left out. */
export async function factsInOrder(tools: ChatTools, ids: readonly number[]): Promise<ChatPerfumeFacts[]> {
  const facts = await tools.facts(ids);
  return ids.flatMap((id) => facts.get(id) ?? []);
}
