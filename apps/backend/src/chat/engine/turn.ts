import type {
  ChatAnswerKind,
  ChatConstraint,
  ChatPerfumeCard,
  ChatRequest,
  Locale,
  UserMode,
} from '@scentence/api/schemas';
import type { DialogueState } from './dialogueState';

/** One message to answer, with the conversation it belongs to. */
export interface TurnInput {
  text: string;
  /** The answer's language. */
  locale: Locale;
  mode: UserMode;
  dialogue: DialogueState;
  /** Every perfume recommended in the thread so far. */
  recommended: readonly number[];
  /** The member asking (null for a guest): their taste and wardrobe may be used. */
  memberId: string | null;
}

/** An answer as an engine writes it, before it is stored. */
export interface AnswerDraft {
  kind: ChatAnswerKind;
  text: string;
  cards: ChatPerfumeCard[];
  suggestions: string[];
  relaxed: ChatConstraint[];
  usedTaste: boolean;
}

export interface TurnResult {
  answer: AnswerDraft;
  dialogue: DialogueState;
  understood: ChatRequest;
  /** Perfumes this answer recommended (added to the thread's list). */
  recommended: number[];
}
