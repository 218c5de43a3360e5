import type { ChatStatus, Locale, UserMode } from '@scentence/api/schemas';
import type { ChatOwner, ChatThreadRecord } from '@scentence/db';

/** A message accepted for an answer: who sent it, to which thread, in which language and wording. */
export interface OpenTurn {
  owner: ChatOwner;
  /** The thread continued, or null for a new one (whose id is `threadId`). */
  thread: ChatThreadRecord | null;
  threadId: string;
  text: string;
  locale: Locale;
  mode: UserMode;
}

/** Progress an engine reports while it answers: a status, a piece of text as it is written, or the text withdrawn. */
export type TurnProgress =
  | { type: 'status'; status: ChatStatus }
  | { type: 'text'; delta: string }
  | { type: 'restart' };
