import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import {
  type ChatMessage,
  type ChatStreamEvent,
  chatSendResultSchema,
  chatStreamEventSchema,
} from '@scentence/api/schemas';
import { expect } from 'vitest';
import { restCall } from '../../support/restCall';

/** One answer as a member's client got it, and how long it waited (request sent to answer read). */
export interface TimedAnswer {
  answer: ChatMessage;
  seconds: number;
}

/** A streamed answer: every event in order, the answer of the last (`done`) and the wait. */
export interface TimedStream extends TimedAnswer {
  events: ChatStreamEvent[];
}

const secondsSince = (started: number) => (performance.now() - started) / 1000;

/** The events of a `text/event-stream` body, each checked against the documented event schema. */
function eventsOf(body: string): ChatStreamEvent[] {
  const data = body.split('\n').filter((line) => line.startsWith('data: '));
  return data.map((line) => chatStreamEventSchema.parse(JSON.parse(line.slice('data: '.length))));
}

/**
 * One member's thread with the backend over its REST API, as a mobile or web client holds it: each
 * message continues the thread the first one opened, and every answer must come with a 200.
 */
export async function memberThread(baseUrl: string, authSecret: string) {
  const token = await signAccessToken(authSecret, { memberId: randomUUID(), role: 'member' });
  let threadId: string | undefined;
  const body = (text: string) => (threadId ? { threadId, text } : { text });
  return {
    async say(text: string): Promise<TimedAnswer> {
      const started = performance.now();
      const sent = await restCall(baseUrl, 'POST', '/chat/messages', { token, body: body(text) });
      const seconds = secondsSince(started);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      const result = chatSendResultSchema.parse(sent.body);
      threadId = result.thread.id;
      return { answer: result.answer, seconds };
    },
    /** `POST /chat/messages/stream`: the answer as the chat page reads it, event by event. */
    async stream(text: string): Promise<TimedStream> {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/chat/messages/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body(text)),
      });
      expect(response.status).toBe(200);
      const events = eventsOf(await response.text());
      const seconds = secondsSince(started);
      const done = events.at(-1);
      if (done?.type !== 'done') throw new Error(`the stream ended without an answer: ${JSON.stringify(done)}`);
      threadId = done.thread.id;
      return { answer: done.answer, events, seconds };
    },
  };
}

/** Timings kept by a test file and printed once after it, as the figures of its page in docs/reliability. */
export function figures(topic: string) {
  const lines: string[] = [];
  return {
    /** `detail`: what else the page shows beside the time (the fallback reason the log line gave). */
    add(label: string, seconds: number, detail?: string) {
      lines.push(`${label} ${seconds.toFixed(2)} s${detail ? ` (${detail})` : ''}`);
    },
    print() {
      if (lines.length > 0) console.info(`[${topic}] ${lines.join('; ')}`);
    },
  };
}
