import { DATABASE_UNAVAILABLE_MESSAGE, isDependencyUnavailable, toErrorBody } from '@scentence/api';
import { CHAT_STATUS_LABELS, type ChatSendResult, type ChatStatus, type ChatStreamEvent } from '@scentence/api/schemas';
import { getTRPCErrorFromUnknown, TRPCError } from '@trpc/server';
import { createEventQueue } from './eventQueue';
import type { OpenTurn, TurnProgress } from './openTurn';

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
    return toErrorBody(new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE }));
  }
  return toErrorBody(getTRPCErrorFromUnknown(error));
}

/** Answers and stores a turn, reporting progress on the way. */
export type CompleteTurn = (turn: OpenTurn, progress?: (event: TurnProgress) => void) => Promise<ChatSendResult>;

/** The same answer as `complete`, as events: the thread, statuses, the text in pieces, the cards, done (or error). */
export async function* answerEvents(complete: CompleteTurn, turn: OpenTurn): AsyncGenerator<ChatStreamEvent> {
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
