import { randomUUID } from 'node:crypto';
import { MessageError } from '@scentence/api';
import type { Caller } from '@scentence/api/auth';
import type { ChatMessageKey, ChatSendResult, Locale, UserMode } from '@scentence/api/schemas';
import { type ChatOwner, createWindowLimiter } from '@scentence/db';
import { answerEvents } from './answerEvents';
import { answerTurn } from './chatAnswer';
import type { ChatDependencies } from './chatDependencies';
import { guestDailyLimit, memberHourlyLimit, threadBusy, threadNotFound } from './chatErrors';
import { ownerOf } from './chatOwner';
import { messageView, plainMessage, type StoredMessage, threadSummary } from './chatViews';
import { localeOfText } from './engine/readMessage';
import { GUEST_TTL_MS } from './guestToken';
import type { OpenTurn, TurnProgress } from './openTurn';

export { textPieces } from './answerEvents';
export type { OpenTurn, TurnProgress } from './openTurn';

/** A thread's title: its first message, cut short. */
const TITLE_LENGTH = 40;

export interface SendInput {
  threadId?: string;
  text: string;
  locale?: Locale;
  mode?: UserMode;
  guestToken?: string;
}

function titleOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1)}…`;
}

/** One message counted against the sender's limit (a guest's day, a member's hour), in member_db for every replica. */
async function limitSender(deps: ChatDependencies, owner: ChatOwner): Promise<void> {
  if (!deps.members) {
    // Without member_db no sender's limit can be counted, so nobody may send.
    throw new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'chatUnavailable' satisfies ChatMessageKey });
  }
  const guest = 'guestId' in owner;
  const rule = guest
    ? { bucket: `chat:guest:${owner.guestId}`, ...deps.members.guestMessages }
    : { bucket: `chat:member:${owner.memberId}`, ...deps.members.memberMessages };
  const refuse = (seconds: number) => (guest ? guestDailyLimit : memberHourlyLimit)(rule.limit, seconds);
  await createWindowLimiter(deps.members.repository, { clock: deps.clock, refuse }).consume([rule]);
}

async function modeOf(deps: ChatDependencies, owner: ChatOwner, asked: UserMode | undefined): Promise<UserMode> {
  if (asked) return asked;
  if (!('memberId' in owner) || !deps.members) return 'beginner';
  const member = await deps.members.repository.findById(owner.memberId).catch(() => null);
  return member?.userMode ?? 'beginner';
}

/** Who is asking and in which thread; refuses (no such thread, the sender's message limit) before any work. */
async function openTurn(deps: ChatDependencies, caller: Caller | null, input: SendInput): Promise<OpenTurn> {
  const owner = await ownerOf(deps, caller, input.guestToken);
  const thread = input.threadId ? await deps.chats.find(owner, input.threadId, deps.clock()) : null;
  if (input.threadId && !thread) throw threadNotFound();
  await limitSender(deps, owner);
  return {
    owner,
    thread,
    threadId: thread?.id ?? randomUUID(),
    text: input.text,
    locale: input.locale ?? localeOfText(input.text),
    mode: await modeOf(deps, owner, input.mode),
  };
}

/** The engine's answer, stored with the question and the new state in one transaction. */
async function completeTurn(
  deps: ChatDependencies,
  turn: OpenTurn,
  progress?: (event: TurnProgress) => void,
): Promise<ChatSendResult> {
  const { owner, thread, locale, mode } = turn;
  const { result, engine } = await answerTurn(deps, turn, progress);
  const question = plainMessage(turn.text, localeOfText(turn.text));
  const reply: StoredMessage = { ...result.answer, locale, understood: result.understood, engine, mode };
  const now = deps.clock();
  const stored = await deps.chats.appendTurn(
    thread
      ? { create: false, id: thread.id, expectedCount: thread.messageCount }
      : {
          create: true,
          id: turn.threadId,
          owner,
          expiresAt: 'guestId' in owner ? new Date(now.getTime() + GUEST_TTL_MS) : null,
        },
    {
      messages: [
        { role: 'user', body: question },
        { role: 'assistant', body: reply },
      ],
      understood: result.understood,
      dialogue: result.dialogue,
      recommended: result.recommended,
      title: titleOf(turn.text),
    },
  );
  if (!stored) throw threadBusy();
  const [message, answerStored] = stored.messages.map(messageView);
  return { thread: threadSummary(stored.thread), message: message!, answer: answerStored! };
}

/**
 * Sending a message: who is asking (a member within the hourly limit, or a guest within the daily
 * one), the thread and its state from recom_db, the engine's answer, and both messages stored with
 * the new state in one transaction, so any replica can answer the next message. `open` refuses
 * before any work; `complete` answers; `events` streams the same answer.
 */
export function createChatService(deps: ChatDependencies) {
  const open = (caller: Caller | null, input: SendInput) => openTurn(deps, caller, input);
  const complete = (turn: OpenTurn, progress?: (event: TurnProgress) => void) => completeTurn(deps, turn, progress);
  return {
    open,
    complete,
    events: (turn: OpenTurn) => answerEvents(complete, turn),
    async send(caller: Caller | null, input: SendInput): Promise<ChatSendResult> {
      return complete(await open(caller, input));
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
