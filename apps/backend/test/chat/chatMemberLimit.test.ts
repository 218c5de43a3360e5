import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import { type ChatSendResult, errorBodySchema } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restCall } from '../support/restCall';
import { AUTH_SECRET, type ChatFixture, createChatFixture } from './chatFixture';

const MEMBER_MESSAGES = 2;
const HOUR_SECONDS = 3600;
let fixture: ChatFixture;
let baseUrl: string;

beforeAll(async () => {
  fixture = await createChatFixture({ memberMessagesPerHour: MEMBER_MESSAGES });
  baseUrl = `http://127.0.0.1:${await fixture.service.host.listen(0, '127.0.0.1')}`;
}, 120_000);
afterAll(async () => {
  await fixture?.close();
});

const memberToken = () => signAccessToken(AUTH_SECRET, { memberId: randomUUID(), role: 'member' });

const send = (token: string, body: Record<string, unknown>) =>
  restCall(baseUrl, 'POST', '/chat/messages', { token, body });

/** The stream route's answer: its status, its Retry-After, and the JSON error or the event text. */
async function sendStreamed(token: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/chat/messages/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text };
}

/** A refusal as a client reads it: the documented error body, with the wait in its params and header. */
function expectHourlyLimit(retryAfter: string | null, body: unknown) {
  const seconds = Number(retryAfter);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(HOUR_SECONDS);
  expect(errorBodySchema.parse(body)).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    messageKey: 'chatMemberHourlyLimit',
    params: { limit: MEMBER_MESSAGES, seconds },
  });
}

describe("a member's hourly message limit", () => {
  it("refuses the member's next message with 429 and Retry-After, and stores nothing of it", async () => {
    const token = await memberToken();
    let threadId: string | undefined;
    for (let sent = 0; sent < MEMBER_MESSAGES; sent++) {
      const answer = await send(token, { text: '여름 향수 추천해줘', threadId });
      expect(answer.status).toBe(200);
      threadId = (answer.body as unknown as ChatSendResult).thread.id;
    }
    const limited = await send(token, { text: '더 보여줘', threadId });
    expect(limited.status).toBe(429);
    expectHourlyLimit(limited.headers.get('retry-after'), limited.body);
    expect(String(limited.body.message)).toContain(`${MEMBER_MESSAGES}개`);

    const thread = await restCall(baseUrl, 'GET', `/chat/threads/${threadId}`, { token });
    expect((thread.body.messages as unknown[]).length).toBe(2 * MEMBER_MESSAGES);
    const otherMember = await send(await memberToken(), { text: '여름 향수 추천해줘' });
    expect(otherMember.status).toBe(200);
  });

  it('counts the stream route with the same limit, and refuses it before any event', async () => {
    const token = await memberToken();
    expect((await send(token, { text: '선물용 향수 추천해줘' })).status).toBe(200);
    const streamed = await sendStreamed(token, { text: 'A woody perfume for winter' });
    expect(streamed.status).toBe(200);
    expect(streamed.text).toContain('event: done');

    const limited = await sendStreamed(token, { text: '하나 더' });
    expect(limited.status).toBe(429);
    expectHourlyLimit(limited.retryAfter, JSON.parse(limited.text));
    expect((await send(token, { text: '하나 더' })).status).toBe(429);
    expect((await sendStreamed(await memberToken(), { text: '하나 더' })).status).toBe(200);
  });

  it('is documented as a 429 of both send operations in /openapi.json', async () => {
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, { post?: { responses: Record<string, { description?: string }> } }>;
    };
    for (const path of ['/chat/messages', '/chat/messages/stream']) {
      const tooMany = document.paths[path]?.post?.responses['429']?.description ?? '';
      expect(tooMany, path).toContain('chatMemberHourlyLimit');
      expect(tooMany, path).toContain('chatGuestDailyLimit');
    }
  });
});
