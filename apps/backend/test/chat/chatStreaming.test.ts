import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import { type ChatStreamEvent, chatStreamEventSchema } from '@scentence/api/schemas';
import { createTRPCClient, httpBatchStreamLink, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendRouter } from '../../src/router';
import { AUTH_SECRET, type ChatFixture, createChatFixture } from './chatFixture';

let fixture: ChatFixture;
let baseUrl: string;

beforeAll(async () => {
  fixture = await createChatFixture({ guestMessagesPerDay: 1 });
  baseUrl = `http://127.0.0.1:${await fixture.service.host.listen(0, '127.0.0.1')}`;
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

const memberToken = () => signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' });

function streamClient(token: string) {
  return createTRPCClient<BackendRouter>({
    links: [
      httpBatchStreamLink<AnyTRPCRouter>({
        url: `${baseUrl}/trpc`,
        headers: () => ({ authorization: `Bearer ${token}` }),
      }) as TRPCLink<BackendRouter>,
    ],
  });
}

/** The events of a `text/event-stream` answer, each checked against the documented event schema. */
function readEvents(body: string): ChatStreamEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const name = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      const event = chatStreamEventSchema.parse(JSON.parse(data ?? 'null'));
      expect(name).toBe(event.type);
      return event;
    });
}

function expectWholeAnswer(events: readonly ChatStreamEvent[]) {
  const types = events.map((event) => event.type);
  expect(types[0]).toBe('thread');
  expect(types).toContain('status');
  expect(types.at(-1)).toBe('done');
  const done = events.at(-1) as Extract<ChatStreamEvent, { type: 'done' }>;
  const text = events.flatMap((event) => (event.type === 'text' ? [event.delta] : [])).join('');
  expect(text).toBe(done.answer.text);
  const thread = events[0] as Extract<ChatStreamEvent, { type: 'thread' }>;
  expect(done.thread.id).toBe(thread.threadId);
  return done;
}

describe('streaming the answer', () => {
  it('over tRPC: the thread, statuses, the text in pieces, the cards and the stored answer', async () => {
    const client = streamClient(await memberToken());
    const events: ChatStreamEvent[] = [];
    for await (const event of await client.chat.stream.mutate({
      text: '여름에 쓸 시원한 향수 추천해줘, 제가 쓸 거예요',
    })) {
      events.push(event);
    }
    const done = expectWholeAnswer(events);
    expect(done.answer.kind).toBe('recommendation');
    const statuses = events.flatMap((event) => (event.type === 'status' ? [event.text.ko] : []));
    expect(statuses).toEqual(expect.arrayContaining(['취향을 정리하는 중…', '향수를 고르는 중…']));
    const cards = events.find((event) => event.type === 'cards');
    expect(cards?.type === 'cards' && cards.cards.map((card) => card.perfume.id)).toEqual(
      done.answer.cards.map((card) => card.perfume.id),
    );
  });

  it('over REST as text/event-stream, documented in /openapi.json', async () => {
    const token = await memberToken();
    const response = await fetch(`${baseUrl}/api/chat/messages/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: 'A gift for my dad, something woody for winter' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const done = expectWholeAnswer(readEvents(await response.text()));
    expect(done.answer).toMatchObject({ kind: 'recommendation', locale: 'en' });
    const thread = await fetch(`${baseUrl}/api/chat/threads/${done.thread.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await thread.json()) as { messages: unknown[] }).messages).toHaveLength(2);

    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, { post?: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    const stream = document.paths['/chat/messages/stream']?.post;
    expect(Object.keys(stream?.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
    expect(Object.keys(stream?.responses ?? {})).toEqual(expect.arrayContaining(['400', '401', '404', '429']));
  });

  it('refuses before streaming with a JSON error answer and its status', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${baseUrl}/api/chat/messages/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const anonymous = await post({ text: '안녕' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ messageKey: 'chatSignInOrGuest' });
    const blank = await post({ text: '   ' }, { authorization: `Bearer ${await memberToken()}` });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(await blank.json())).toContain('text');
    const elsewhere = await post(
      { text: '더 보여줘', threadId: randomUUID() },
      { authorization: `Bearer ${await memberToken()}` },
    );
    expect(elsewhere.status).toBe(404);
    const wrongMethod = await fetch(`${baseUrl}/api/chat/messages/stream`);
    expect(wrongMethod.status).toBe(405);

    const session = await fetch(`${baseUrl}/api/chat/guest-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { guestToken } = (await session.json()) as { guestToken: string };
    expect((await post({ text: '향수 추천해줘', guestToken })).status).toBe(200);
    const limited = await post({ text: '아무거나', guestToken });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
