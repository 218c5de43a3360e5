import {
  type ChatMessage,
  type ChatRequest,
  type ChatThread,
  type ChatThreadSummary,
  chatMessageSchema,
  chatRequestSchema,
  type Locale,
} from '@scentence/api/schemas';
import type { ChatMessageRecord, ChatThreadRecord } from '@scentence/db';
import type { z } from 'zod';

/** What a message row's JSON holds: the wire message without its number, role and time. */
export const storedMessageSchema = chatMessageSchema.omit({ seq: true, role: true, createdAt: true });
export type StoredMessage = z.infer<typeof storedMessageSchema>;

export function threadSummary(thread: ChatThreadRecord): ChatThreadSummary {
  return {
    id: thread.id,
    title: thread.title,
    guest: thread.guestId !== null,
    messages: thread.messageCount,
    createdAt: thread.createdAt.toISOString(),
    updatedAt: thread.updatedAt.toISOString(),
    expiresAt: thread.expiresAt?.toISOString() ?? null,
  };
}

/** A message that is only its text: what the member sent, or an older body that no longer reads. */
export function plainMessage(text: string, locale: Locale): StoredMessage {
  return {
    text,
    locale,
    cards: [],
    suggestions: [],
    kind: null,
    understood: null,
    relaxed: [],
    usedTaste: false,
    engine: null,
    mode: null,
  };
}

/** A stored message as the wire shows it; a body of an older shape keeps at least its text. */
export function messageView(record: ChatMessageRecord): ChatMessage {
  const parsed = storedMessageSchema.safeParse(record.body);
  const body: StoredMessage = parsed.success
    ? parsed.data
    : plainMessage(String((record.body as { text?: unknown } | null)?.text ?? ''), 'ko');
  return { seq: record.seq, role: record.role, createdAt: record.createdAt.toISOString(), ...body };
}

export function understoodView(stored: unknown): ChatRequest | null {
  const parsed = chatRequestSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function threadView(thread: ChatThreadRecord, messages: readonly ChatMessageRecord[]): ChatThread {
  return {
    ...threadSummary(thread),
    messages: messages.map(messageView),
    understood: understoodView(thread.understood),
    recommended: [...thread.recommended],
  };
}
