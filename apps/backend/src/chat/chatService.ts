import { randomUUID } from 'node:crypto';
import { isDependencyUnavailable, toErrorBody } from '@scentence/api';
import type { Caller } from '@scentence/api/auth';
import {
  CHAT_STATUS_LABELS,
  type ChatEngine,
  type ChatSendResult,
  type ChatStatus,
  type ChatStreamEvent,
  type Locale,
  type UserMode,
} from '@scentence/api/schemas';
import type { ChatOwner, ChatThreadRecord } from '@scentence/db';
import { getTRPCErrorFromUnknown, TRPCError } from '@trpc/server';
import { slidingWindow } from '../member/shared/slidingWindow';
import type { ChatDependencies } from './chatDependencies';
import { guestDailyLimit, threadBusy, threadNotFound } from './chatErrors';
import { ownerOf } from './chatOwner';
import { chatToolsFor } from './chatTools';
import { messageView, type StoredMessage, threadSummary } from './chatViews';
import { readDialogue } from './engine/dialogueState';
import { answerOffline } from './engine/offlineEngine';
import { localeOfText } from './engine/readMessage';
import type { TurnInput, TurnResult } from './engine/turn';
import { createEventQueue } from './eventQueue';
import { GUEST_TTL_MS } from './guestToken';
import { answerWithOpenAi } from './openai/openaiEngine';

interface EngineAnswer {
  result: TurnResult;
  engine: ChatEngine;
}

/** A thread's title: its first message, cut short. */
const TITLE_LENGTH = 40;

export interface SendInput {
  threadId?: string;
  text: string;
  locale?: Locale;
  mode?: UserMode;
  guestToken?: string;
}

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

/** Said before the offline engine's answer when OpenAI's could not be used. */
const FALLBACK_NOTE: Record<Locale, string> = {
  ko: '(AI 답변을 받지 못해 기본 추천 엔진이 답했어요.)',
  en: "(The AI answer didn't come through, so the built-in engine answered.)",
};

function titleOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1)}…`;
}

const statusEvent = (status: ChatStatus): ChatStreamEvent => {
  const label = CHAT_STATUS_LABELS.find((entry) => entry.key === status)!;
  return { type: 'status', status, text: { ko: label.ko, en: label.en } };
};

/** The answer's text in pieces a reader sees arrive: line by line, sentence by sentence. */
export function textPieces(text: string): string[] {
  return text.split(/(?<=\n)|(?<=[.!?] )/).filter((piece) => piece.length > 0);
}

/** What a failure during the answer is told as: a dead dependency is a 503, anything else never leaks. */
function failureBody(error: unknown) {
  if (isDependencyUnavailable(error)) {
    return toErrorBody(
      new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'A dependency is unavailable; try again shortly' }),
    );
  }
  return toErrorBody(getTRPCErrorFromUnknown(error));
}

/**
 * Sending a message: who is asking (a member, or a guest within the daily limit), the thread and
 * its state from recom_db, the engine's answer, and both messages stored with the new state in one
 * transaction, so any replica can answer the next message. `open` refuses before any work;
 * `complete` answers; `events` streams the same answer.
 */
export function createChatService(deps: ChatDependencies) {
  async function limitGuest(guestId: string): Promise<void> {
    if (!deps.members) throw new Error('The member database is not available for the guest limit');
    const rule = { bucket: `chat:guest:${guestId}`, ...deps.members.guestMessages };
    const outcome = await deps.members.repository.consumeRateLimits([rule], deps.clock(), slidingWindow);
    if (!outcome.allowed) throw guestDailyLimit(rule.limit, outcome.retryAfterSeconds);
  }

  async function modeOf(owner: ChatOwner, asked: UserMode | undefined): Promise<UserMode> {
    if (asked) return asked;
    if (!('memberId' in owner) || !deps.members) return 'beginner';
    const member = await deps.members.repository.findById(owner.memberId).catch(() => null);
    return member?.userMode ?? 'beginner';
  }

  async function open(caller: Caller | null, input: SendInput): Promise<OpenTurn> {
    const owner = await ownerOf(deps, caller, input.guestToken);
    const thread = input.threadId ? await deps.chats.find(owner, input.threadId, deps.clock()) : null;
    if (input.threadId && !thread) throw threadNotFound();
    if ('guestId' in owner) await limitGuest(owner.guestId);
    return {
      owner,
      thread,
      threadId: thread?.id ?? randomUUID(),
      text: input.text,
      locale: input.locale ?? localeOfText(input.text),
      mode: await modeOf(owner, input.mode),
    };
  }

  /** The answer: OpenAI's when a key is set and its answer holds, else (or on any failure) the offline engine's. */
  async function answer(turn: OpenTurn, progress?: (event: TurnProgress) => void): Promise<EngineAnswer> {
    const input: TurnInput = {
      text: turn.text,
      locale: turn.locale,
      mode: turn.mode,
      dialogue: readDialogue(turn.thread?.dialogue),
      recommended: turn.thread?.recommended ?? [],
      memberId: 'memberId' in turn.owner ? turn.owner.memberId : null,
    };
    const started = performance.now();
    const called: string[] = [];
    const tools = chatToolsFor(deps, progress && ((status) => progress({ type: 'status', status })), called);
    const logTurn = (engine: ChatEngine, roundTrips: number, fallback: string) =>
      deps.log(
        `chat turn engine=${engine} tools=${[...new Set(called)].join(',') || 'none'} roundTrips=${roundTrips} latencyMs=${Math.round(performance.now() - started)}${fallback ? ` fallback="${fallback}"` : ''}`,
      );
    let fallback = '';
    let roundTrips = 0;
    if (deps.openai) {
      const report = { toolsCalled: called, roundTrips: 0 };
      let streamed = false;
      try {
        const history = turn.thread ? (await deps.chats.messages(turn.thread.id)).map(messageView) : [];
        const result = await answerWithOpenAi(
          { ...input, history: history.map((message) => ({ role: message.role, text: message.text })) },
          tools,
          deps.openai,
          report,
          progress &&
            ((delta) => {
              streamed = true;
              progress({ type: 'text', delta });
            }),
        );
        logTurn('openai', report.roundTrips, '');
        return { result, engine: 'openai' };
      } catch (error) {
        fallback = error instanceof Error ? error.message.replace(/"/g, "'").slice(0, 200) : String(error);
        roundTrips = report.roundTrips;
        if (streamed) progress?.({ type: 'restart' });
      }
    }
    const result = await answerOffline(input, tools);
    if (fallback) result.answer.text = `${FALLBACK_NOTE[turn.locale]} ${result.answer.text}`;
    logTurn('offline', roundTrips, fallback);
    return { result, engine: 'offline' };
  }

  async function complete(turn: OpenTurn, progress?: (event: TurnProgress) => void): Promise<ChatSendResult> {
    const { owner, thread, locale, mode } = turn;
    const { result, engine } = await answer(turn, progress);
    const question: StoredMessage = {
      text: turn.text,
      locale: localeOfText(turn.text),
      cards: [],
      suggestions: [],
      kind: null,
      understood: null,
      relaxed: [],
      usedTaste: false,
      engine: null,
      mode: null,
    };
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

  /** The same answer as `complete`, as events: the thread, statuses, the text in pieces, the cards, done (or error). */
  async function* events(turn: OpenTurn): AsyncGenerator<ChatStreamEvent> {
    yield { type: 'thread', threadId: turn.threadId };
    const queue = createEventQueue<ChatStreamEvent>();
    let streamedText = false;
    const answering = complete(turn, (event) => {
      if (event.type === 'text') streamedText = true;
      if (event.type === 'restart') streamedText = false;
      queue.push(event.type === 'status' ? statusEvent(event.status) : event);
    })
      .then(
        (result) => {
          if (!streamedText) for (const delta of textPieces(result.answer.text)) queue.push({ type: 'text', delta });
          if (result.answer.cards.length > 0) queue.push({ type: 'cards', cards: result.answer.cards });
          queue.push({ type: 'done', ...result });
        },
        (error: unknown) => queue.push({ type: 'error', error: failureBody(error) }),
      )
      .finally(queue.close);
    try {
      yield* queue.drain();
    } finally {
      // A reader that leaves early does not cut the answer short: it is still stored.
      await answering;
    }
  }

  return {
    open,
    complete,
    events,
    async send(caller: Caller | null, input: SendInput): Promise<ChatSendResult> {
      return complete(await open(caller, input));
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
