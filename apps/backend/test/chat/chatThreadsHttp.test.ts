import { randomUUID } from 'node:crypto';
import { signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import { type ChatSendResult, type ChatThread, errorBodySchema } from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendRouter } from '../../src/router';
import { createBackendService } from '../../src/service';
import { restCall } from '../support/restCall';
import { AUTH_SECRET, type ChatFixture, createChatFixture } from './chatFixture';

const GUEST_MESSAGES = 3;
const GUEST_SESSIONS = 12;
let fixture: ChatFixture;
let baseUrl: string;

beforeAll(async () => {
  fixture = await createChatFixture({ guestMessagesPerDay: GUEST_MESSAGES, guestSessionsPerDay: GUEST_SESSIONS });
  baseUrl = `http://127.0.0.1:${await fixture.service.host.listen(0, '127.0.0.1')}`;
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

const memberToken = () => signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' });

const rest = (method: string, path: string, options?: { token?: string; body?: unknown }) =>
  restCall(baseUrl, method, path, options);

const trpc = (token: string | null) => createServiceClient<BackendRouter>({ url: baseUrl, getToken: () => token });

async function trpcError(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error.data as { httpStatus: number; messageKey?: string };
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe("a member's threads over REST", () => {
  it('another member never reads, renames, deletes or continues a thread: 404', async () => {
    const owner = await memberToken();
    const other = await memberToken();
    const sent = await rest('POST', '/chat/messages', { token: owner, body: { text: '여름 향수 추천해줘' } });
    expect(sent.status).toBe(200);
    const threadId = (sent.body as unknown as ChatSendResult).thread.id;
    for (const [method, path, body] of [
      ['GET', `/chat/threads/${threadId}`, undefined],
      ['PATCH', `/chat/threads/${threadId}`, { title: '내 거' }],
      ['DELETE', `/chat/threads/${threadId}`, undefined],
      ['POST', '/chat/messages', { threadId, text: '제가 쓸 거예요' }],
    ] as const) {
      const answer = await rest(method, path, { token: other, body });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(errorBodySchema.parse(answer.body)).toMatchObject({ code: 'NOT_FOUND', messageKey: 'chatThreadNotFound' });
    }
    const mine = await rest('GET', `/chat/threads/${threadId}`, { token: owner });
    expect(mine.status).toBe(200);
    expect((mine.body as unknown as ChatThread).messages.map((message) => message.role)).toEqual(['user', 'assistant']);
  });

  it('without a token: the thread operations are 401, and sending asks to sign in or start as a guest', async () => {
    for (const [method, path] of [
      ['GET', '/chat/threads'],
      ['GET', `/chat/threads/${randomUUID()}`],
      ['DELETE', `/chat/threads/${randomUUID()}`],
    ] as const) {
      expect((await rest(method, path)).status, `${method} ${path}`).toBe(401);
    }
    const send = await rest('POST', '/chat/messages', { body: { text: '안녕' } });
    expect(send.status).toBe(401);
    expect(send.body.messageKey).toBe('chatSignInOrGuest');
  });

  it("lists, renames and deletes the owner's threads", async () => {
    const token = await memberToken();
    const first = await rest('POST', '/chat/messages', { token, body: { text: '포근한 겨울 향수 찾고 있어요' } });
    const threadId = (first.body as unknown as ChatSendResult).thread.id;
    await rest('POST', '/chat/messages', { token, body: { text: 'Recommend something fresh' } });
    const list = await rest('GET', '/chat/threads?limit=1', { token });
    expect(list.body).toMatchObject({ total: 2, nextCursor: 1 });
    const renamed = await rest('PATCH', `/chat/threads/${threadId}`, { token, body: { title: '겨울 향수' } });
    expect(renamed.body).toMatchObject({ id: threadId, title: '겨울 향수' });
    expect((await rest('DELETE', `/chat/threads/${threadId}`, { token })).body).toEqual({ deleted: true });
    expect((await rest('GET', `/chat/threads/${threadId}`, { token })).status).toBe(404);
    expect((await rest('GET', '/chat/threads', { token })).body).toMatchObject({ total: 1 });
  });

  it('refuses a thread id that is not a UUID with 400 naming the field', async () => {
    const answer = await rest('GET', '/chat/threads/42', { token: await memberToken() });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.issues)).toContain('threadId');
  });
});

describe("a member's threads over tRPC", () => {
  it('another member gets NOT_FOUND for every thread operation', async () => {
    const owner = trpc(await memberToken());
    const other = trpc(await memberToken());
    const sent = await owner.chat.send.mutate({ text: '남자친구 선물 추천해줘' });
    const threadId = sent.thread.id;
    // One call at a time: a rejection must have its handler before the next call starts.
    for (const call of [
      () => other.chat.thread.query({ threadId }),
      () => other.chat.rename.mutate({ threadId, title: 'x' }),
      () => other.chat.delete.mutate({ threadId }),
      () => other.chat.send.mutate({ threadId, text: '여름용으로' }),
    ]) {
      expect(await trpcError(call())).toMatchObject({ httpStatus: 404, messageKey: 'chatThreadNotFound' });
    }
    expect((await owner.chat.thread.query({ threadId })).messages).toHaveLength(2);
    expect((await trpcError(trpc(null).chat.threads.query({}))).httpStatus).toBe(401);
  });
});

describe('guests', () => {
  it('chat with a signed guest token, read their own thread, and nobody else reads it', async () => {
    const session = await rest('POST', '/chat/guest-sessions', { body: {} });
    const guestToken = session.body.guestToken as string;
    expect(Date.parse(session.body.expiresAt as string) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const sent = await rest('POST', '/chat/messages', { body: { text: '시원한 여름 향수 추천해줘', guestToken } });
    expect(sent.status).toBe(200);
    const result = sent.body as unknown as ChatSendResult;
    expect(result.thread.guest).toBe(true);
    const threadId = result.thread.id;
    const read = await rest('POST', `/chat/guest-threads/${threadId}`, { body: { guestToken } });
    expect((read.body as unknown as ChatThread).messages).toHaveLength(2);

    const otherGuest = (await rest('POST', '/chat/guest-sessions', { body: {} })).body.guestToken as string;
    expect((await rest('POST', `/chat/guest-threads/${threadId}`, { body: { guestToken: otherGuest } })).status).toBe(
      404,
    );
    expect(
      (await rest('POST', '/chat/messages', { body: { threadId, text: '더 보여줘', guestToken: otherGuest } })).status,
    ).toBe(404);
    expect((await rest('GET', `/chat/threads/${threadId}`, { token: await memberToken() })).status).toBe(404);
    const forged = await rest('POST', '/chat/messages', { body: { text: '안녕', guestToken: `${guestToken}x` } });
    expect(forged.status).toBe(401);
    expect(forged.body.messageKey).toBe('chatGuestExpired');
  });

  it('have a daily message limit: 429 with Retry-After, per guest; members are not held to it', async () => {
    const guestToken = (await rest('POST', '/chat/guest-sessions', { body: {} })).body.guestToken as string;
    let threadId: string | undefined;
    for (let sent = 0; sent < GUEST_MESSAGES; sent++) {
      const answer = await rest('POST', '/chat/messages', { body: { text: '향수 추천해줘', guestToken, threadId } });
      expect(answer.status).toBe(200);
      threadId = (answer.body as unknown as ChatSendResult).thread.id;
    }
    const limited = await rest('POST', '/chat/messages', { body: { text: '아무거나', guestToken, threadId } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ messageKey: 'chatGuestDailyLimit', params: { limit: GUEST_MESSAGES } });

    const another = (await rest('POST', '/chat/guest-sessions', { body: {} })).body.guestToken as string;
    expect((await rest('POST', '/chat/messages', { body: { text: '안녕', guestToken: another } })).status).toBe(200);
    const member = await memberToken();
    for (let sent = 0; sent <= GUEST_MESSAGES; sent++) {
      expect((await rest('POST', '/chat/messages', { token: member, body: { text: '안녕' } })).status).toBe(200);
    }
  });

  it('start a limited number of sessions per browser address, which only the web app can vouch for', async () => {
    const web = await signServiceToken(AUTH_SECRET);
    const from = (clientAddress: string, token?: string) =>
      rest('POST', '/chat/guest-sessions', { token, body: { clientAddress } });
    for (let started = 0; started < GUEST_SESSIONS; started++)
      expect((await from('203.0.113.7', web)).status).toBe(200);
    const limited = await from('203.0.113.7', web);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ messageKey: 'chatGuestSessionLimit', params: { limit: GUEST_SESSIONS } });
    expect((await from('203.0.113.8', web)).status).toBe(200);
    // An address a browser claims for itself is not believed: it counts as its connection's.
    expect((await from('203.0.113.7')).status).toBe(200);
  });

  it("keep their thread after signing in: it becomes the member's", async () => {
    const guestToken = (await rest('POST', '/chat/guest-sessions', { body: {} })).body.guestToken as string;
    const sent = await rest('POST', '/chat/messages', { body: { text: '엄마 선물 추천해줘', guestToken } });
    const threadId = (sent.body as unknown as ChatSendResult).thread.id;
    const token = await memberToken();
    const adopted = await rest('POST', '/chat/threads/adopt', { token, body: { guestToken } });
    expect(adopted.body).toEqual({ threads: [threadId] });
    const thread = await rest('GET', `/chat/threads/${threadId}`, { token });
    expect(thread.body).toMatchObject({ id: threadId, guest: false, expiresAt: null });
    const next = await rest('POST', '/chat/messages', { token, body: { threadId, text: '플로럴로' } });
    expect(next.status).toBe(200);
    expect((await rest('POST', `/chat/guest-threads/${threadId}`, { body: { guestToken } })).status).toBe(404);
  });
});

describe('state in the database', () => {
  it('another backend replica answers the next message from the stored state', async () => {
    const replica = createBackendService(fixture.databases, {
      authSecret: AUTH_SECRET,
      corsOrigins: [],
      chatLog: () => {},
    });
    const memberId = randomUUID();
    const first = replica.router.createCaller({ caller: { memberId, role: 'member' } });
    const second = fixture.service.router.createCaller({ caller: { memberId, role: 'member' } });
    const asked = await first.chat.send({ text: '향수 추천해줘' });
    expect(asked.answer.text).toMatch(/누가/);
    const next = await second.chat.send({ threadId: asked.thread.id, text: '제가 쓸 거예요' });
    expect(next.answer.kind).toBe('question');
    expect(next.answer.text).not.toMatch(/누가/);
    const picks = await first.chat.send({ threadId: asked.thread.id, text: '우디' });
    expect(picks.answer.kind).toBe('recommendation');
    const thread = await second.chat.thread({ threadId: asked.thread.id });
    expect(thread.recommended).toEqual(picks.answer.cards.map((card) => card.perfume.id));
    expect(thread.understood).toMatchObject({ recipient: 'self', accords: ['woody'] });
  });

  it('with the layering service down, layering questions say so and everything else is answered', async () => {
    const cut = createBackendService(fixture.databases, {
      authSecret: AUTH_SECRET,
      corsOrigins: [],
      layeringUrl: 'http://127.0.0.1:9',
      chatLog: () => {},
    });
    const caller = cut.router.createCaller({ caller: { memberId: randomUUID(), role: 'member' } });
    const layering = await caller.chat.send({ text: '소바쥬랑 상탈33 섞어도 돼?' });
    expect(layering.answer.kind).toBe('layering');
    expect(layering.answer.text).toMatch(/레이어링 서비스에 연결할 수 없/);
    const picks = await caller.chat.send({ threadId: layering.thread.id, text: '제가 쓸 우디 향수 추천해줘' });
    expect(picks.answer.kind).toBe('recommendation');
  });
});

describe('the API documents', () => {
  it('document the chat operations with their errors', async () => {
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const send = document.paths['/chat/messages']!.post!;
    expect(Object.keys(send.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '404', '409', '429', '503']),
    );
    expect(document.paths['/chat/threads/{threadId}']).toHaveProperty('get');
    expect(document.paths['/chat/guest-sessions']).toHaveProperty('post');
  });
});
