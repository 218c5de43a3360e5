import {
  type ChatSendInput,
  type ChatStreamEvent,
  chatStreamEventSchema,
  type ErrorBody,
  errorBodySchema,
} from '@scentence/api/schemas';
import { sseMessages } from './sseMessages';

/** The web's chat routes (the guest cookie is read and set there). */
export const CHAT_STREAM_URL = '/api/chat/messages/stream';

/** A refusal of the whole call (or no answer at all: `status` 0), with the error body when there was one. */
export class ChatCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `chat call failed (${status})`);
  }
}

async function errorBodyOf(response: Response): Promise<ErrorBody | null> {
  return errorBodySchema.safeParse(await response.json().catch(() => null)).data ?? null;
}

/** POSTs JSON to one of the chat routes; a network failure is a ChatCallError with status 0. */
export async function postChat(url: string, body: object, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream, application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ChatCallError(0, null);
  }
  if (!response.ok) throw new ChatCallError(response.status, await errorBodyOf(response));
  return response;
}

/**
 * Sends a message and yields the answer's events as they are written (`thread`, `status`,
 * `text`, `cards`, then `done` or `error`). The guest token is not sent from here: the route adds it.
 */
export async function* streamChat(
  input: Omit<ChatSendInput, 'guestToken'>,
  signal: AbortSignal,
): AsyncGenerator<ChatStreamEvent> {
  const response = await postChat(CHAT_STREAM_URL, input, signal);
  if (!response.body) throw new ChatCallError(response.status, null);
  try {
    for await (const message of sseMessages(response.body)) {
      const event = chatStreamEventSchema.safeParse(JSON.parse(message.data));
      if (event.success) yield event.data;
    }
  } catch (error) {
    if (signal.aborted) throw error;
    // The connection broke mid-answer.
    throw new ChatCallError(0, null);
  }
}
