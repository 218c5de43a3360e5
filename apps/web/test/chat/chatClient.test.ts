import { describe, expect, it } from 'vitest';
import { chatProblemOf } from '../../src/chat/chatProblem';
import { comebackTime } from '../../src/chat/comebackTime';
import { conversationReducer, emptyConversation } from '../../src/chat/conversationState';
import { sseMessages } from '../../src/chat/sseMessages';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
  const messages = [];
  for await (const message of sseMessages(streamOf(chunks))) messages.push(message);
  return messages;
}

describe('reading the event stream', () => {
  it('joins events cut anywhere, Hangul split inside a character included, and drops a cut-off last block', async () => {
    const whole =
      'event: text\ndata: {"type":"text","delta":"포근한"}\n\n: keep-alive\n\nevent: done\ndata: {"a":1}\n\ndata: {"cut';
    const bytes = new TextEncoder().encode(whole);
    const parts = [bytes.slice(0, 43), bytes.slice(43, 44), bytes.slice(44)];
    // Cut inside a three-byte Hangul character: decoded apart, the pieces do not make the text.
    const decoder = new TextDecoder();
    expect(parts.map((part) => decoder.decode(part)).join('')).not.toBe(whole);

    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    const messages = [];
    for await (const message of sseMessages(stream)) messages.push(message);
    expect(messages).toEqual([
      { event: 'text', data: '{"type":"text","delta":"포근한"}' },
      { event: 'done', data: '{"a":1}' },
    ]);
  });

  it('reads CRLF line ends and data on several lines', async () => {
    expect(await collect(['event: status\r\ndata: a\r\ndata: b\r\n\r\n'])).toEqual([{ event: 'status', data: 'a\nb' }]);
  });
});

describe('the conversation on screen', () => {
  it('builds the answer from its events and keeps it once done', () => {
    let state = conversationReducer(emptyConversation, { type: 'sending', text: '포근한 향수' });
    state = conversationReducer(state, { type: 'event', event: { type: 'thread', threadId: 'thread-1' } });
    state = conversationReducer(state, {
      type: 'event',
      event: {
        type: 'status',
        status: 'understanding',
        text: { ko: '취향을 정리하는 중…', en: 'Reading what you like…' },
      },
    });
    state = conversationReducer(state, { type: 'event', event: { type: 'text', delta: '실패한 ' } });
    state = conversationReducer(state, { type: 'event', event: { type: 'restart' } });
    state = conversationReducer(state, { type: 'event', event: { type: 'text', delta: '포근한 ' } });
    state = conversationReducer(state, { type: 'event', event: { type: 'text', delta: '향수예요' } });
    expect(state.threadId).toBe('thread-1');
    expect(state.pending).toMatchObject({
      question: '포근한 향수',
      text: '포근한 향수예요',
      status: { status: 'understanding' },
    });
  });

  it('gives a message that failed back to the composer', () => {
    const sending = conversationReducer(emptyConversation, { type: 'sending', text: '시원한 향수' });
    const failed = conversationReducer(sending, { type: 'failed', problem: { kind: 'unavailable' } });
    expect(failed).toMatchObject({ pending: null, unsent: '시원한 향수', problem: { kind: 'unavailable' } });
    expect(conversationReducer(failed, { type: 'sending', text: '다시' })).toMatchObject({
      problem: null,
      unsent: null,
    });
  });
});

describe('problems, kindly', () => {
  const now = Date.parse('2026-05-03T12:00:00Z');

  it('reads the guest limit with when to come back, and the chat keys before the status', () => {
    const guestLimit = (messageKey: string, limit: number, seconds: number) =>
      chatProblemOf(
        429,
        { code: 'TOO_MANY_REQUESTS', message: '', issues: [], messageKey, params: { limit, seconds } },
        now,
      );
    expect(guestLimit('chatGuestDailyLimit', 30, 90)).toEqual({
      kind: 'limit',
      of: 'messages',
      limit: 30,
      retryAt: now + 90_000,
    });
    expect(guestLimit('chatGuestSessionLimit', 10, 60)).toEqual({
      kind: 'limit',
      of: 'sessions',
      limit: 10,
      retryAt: now + 60_000,
    });
    const notFound = { code: 'NOT_FOUND', message: '', issues: [], messageKey: 'chatThreadNotFound' };
    expect(chatProblemOf(404, notFound, now)).toEqual({ kind: 'notFound' });
    expect(chatProblemOf(0, null, now)).toEqual({ kind: 'unavailable' });
    expect(chatProblemOf(503, null, now)).toEqual({ kind: 'unavailable' });
    expect(chatProblemOf(413, null, now)).toEqual({ kind: 'invalid' });
  });

  it('says the time to come back, and "tomorrow" when it is another day', () => {
    const morning = new Date(2026, 4, 3, 9, 0).getTime();
    const tomorrow = (time: string) => `내일 ${time}`;
    expect(comebackTime(morning + 90 * 60_000, morning, 'ko', tomorrow)).toBe('오전 10:30');
    expect(comebackTime(morning + 20 * 3_600_000, morning, 'ko', tomorrow)).toBe('내일 오전 5:00');
  });
});
