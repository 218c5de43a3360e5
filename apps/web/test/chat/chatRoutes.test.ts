import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adoptGuestThreads } from '../../src/chat/server/adoptGuestThreads';
import type { ChatProxyDeps } from '../../src/chat/server/chatProxyDeps';
import { GUEST_COOKIE } from '../../src/chat/server/guestCookie';
import { guestThread } from '../../src/chat/server/guestThread';
import { streamMessage } from '../../src/chat/server/streamMessage';

// The guest cookie's part of the chat routes, against a stand-in for the backend's REST operations.

const NOW = new Date('2026-05-03T12:00:00Z');
const THREAD = '6f1c2a52-3a55-4b8e-9d7e-0c4b5f1e2d3a';

/** A token shaped like the backend's guest JWT: only its `exp` is read by the web. */
function tokenExpiringAt(date: Date, name: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ sub: name, exp: Math.floor(date.getTime() / 1000) })}.signature-${name}`;
}

const ISSUED = tokenExpiringAt(new Date(NOW.getTime() + 24 * 3_600_000), 'issued');
const KEPT = tokenExpiringAt(new Date(NOW.getTime() + 3_600_000), 'kept');
const LAPSED = tokenExpiringAt(new Date(NOW.getTime() - 1000), 'lapsed');

interface Seen {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

let backend: http.Server;
let origin: string;
let seen: Seen[] = [];
/** The browser address whose guest sessions for the day are used up. */
const FULL_ADDRESS = '198.51.100.9';
/** Guest tokens the stand-in refuses as forged (401 chatGuestExpired). */
let refused = new Set<string>();
/** Resolved by a test to let the stand-in write the rest of its event stream. */
let releaseStream: (() => void) | null = null;

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function answer(req: http.IncomingMessage, res: http.ServerResponse, body: Record<string, unknown>) {
  const path = req.url ?? '';
  const token = typeof body.guestToken === 'string' ? body.guestToken : null;
  if (path === '/api/chat/guest-sessions') {
    if (body.clientAddress === FULL_ADDRESS) {
      const limit = { limit: 10, seconds: 900 };
      const refusal = { code: 'TOO_MANY_REQUESTS', message: '한도', issues: [], messageKey: 'chatGuestSessionLimit' };
      json(res, 429, { ...refusal, params: limit }, { 'retry-after': '900' });
      return;
    }
    json(res, 200, { guestToken: ISSUED, expiresAt: new Date(NOW.getTime() + 24 * 3_600_000).toISOString() });
    return;
  }
  if (token && refused.has(token)) {
    json(res, 401, { code: 'UNAUTHORIZED', message: '만료', issues: [], messageKey: 'chatGuestExpired' });
    return;
  }
  if (path === '/api/chat/messages/stream') {
    if (body.text === '한도') {
      json(
        res,
        429,
        {
          code: 'TOO_MANY_REQUESTS',
          message: '한도',
          issues: [],
          messageKey: 'chatGuestDailyLimit',
          params: { limit: 30, seconds: 600 },
        },
        { 'retry-after': '600' },
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
    res.write(`event: thread\ndata: ${JSON.stringify({ type: 'thread', threadId: THREAD })}\n\n`);
    const rest = () => {
      res.write(`event: text\ndata: ${JSON.stringify({ type: 'text', delta: '포근한 향' })}\n\n`);
      res.end();
    };
    if (releaseStream === null) rest();
    else releaseStream = rest;
    return;
  }
  if (path === `/api/chat/guest-threads/${THREAD}`) {
    json(res, 200, { id: THREAD, title: '포근한 향수' });
    return;
  }
  if (path === '/api/chat/threads/adopt') {
    json(res, 200, { threads: [THREAD] });
    return;
  }
  json(res, 404, { code: 'NOT_FOUND', message: 'Not found', issues: [] });
}

beforeAll(async () => {
  backend = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => backend.close(resolve));
});

/** A port nothing listens on: the backend is down. */
async function downBackend(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeEach(() => {
  seen = [];
  refused = new Set();
  releaseStream = null;
});

function deps(options: { member?: boolean; secure?: boolean; backendUrl?: string } = {}): ChatProxyDeps {
  return {
    backendUrl: options.backendUrl ?? origin,
    memberAuthorization: async (): Promise<Record<string, string>> =>
      options.member ? { authorization: 'Bearer member-token' } : {},
    serviceAuthorization: async () => ({ authorization: 'Bearer web-service-token' }),
    cookie: { secure: options.secure ?? false },
    now: () => NOW,
  };
}

function post(path: string, body: unknown, cookie?: string, contentType = 'application/json'): Request {
  return new Request(`http://web.test/api/chat/${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(cookie ? { cookie: `lang=ko; ${GUEST_COOKIE}=${cookie}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function setCookieOf(response: Response): string | null {
  return response.headers.get('set-cookie');
}

describe('sending a message as a guest', () => {
  it("passes on the backend's 429 when the browser's address has started its guest sessions for the day", async () => {
    const request = post('messages/stream', { text: '향수 추천' });
    request.headers.set('x-forwarded-for', `10.0.0.1, ${FULL_ADDRESS}`);
    const response = await streamMessage(request, deps());

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('900');
    expect(await response.json()).toMatchObject({ messageKey: 'chatGuestSessionLimit', params: { seconds: 900 } });
    expect(seen.map((seenRequest) => seenRequest.path)).toEqual(['/api/chat/guest-sessions']);
    expect(setCookieOf(response)).toBeNull();
  });

  it('starts a guest session when there is no cookie, sends its token and keeps it in an httpOnly cookie', async () => {
    const response = await streamMessage(post('messages/stream', { text: '포근한 향수 추천해줘' }), deps());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await response.text()).toContain('포근한 향');
    expect(seen.map((request) => request.path)).toEqual(['/api/chat/guest-sessions', '/api/chat/messages/stream']);
    expect(seen[0]).toMatchObject({ authorization: 'Bearer web-service-token', body: { clientAddress: 'unknown' } });
    expect(seen[1]?.body).toEqual({ text: '포근한 향수 추천해줘', guestToken: ISSUED });
    expect(seen[1]?.authorization).toBeUndefined();
    expect(setCookieOf(response)).toBe(
      `${GUEST_COOKIE}=${ISSUED}; Max-Age=86400; Path=/api/chat; HttpOnly; SameSite=Lax`,
    );
  });

  it('marks the cookie Secure when the site is served over https', async () => {
    const response = await streamMessage(post('messages/stream', { text: '향수 추천' }), deps({ secure: true }));
    expect(setCookieOf(response)).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
  });

  it("sends the cookie's token, never one from the body, and sets no new cookie", async () => {
    const response = await streamMessage(
      post('messages/stream', { text: '더 보여줘', threadId: THREAD, guestToken: 'someone-elses', extra: 1 }, KEPT),
      deps(),
    );

    expect(response.status).toBe(200);
    await response.text();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.body).toEqual({ text: '더 보여줘', threadId: THREAD, guestToken: KEPT });
    expect(setCookieOf(response)).toBeNull();
  });

  it('replaces a cookie the backend refuses when the message starts a new thread', async () => {
    refused.add(KEPT);
    const response = await streamMessage(post('messages/stream', { text: '시원한 향수' }, KEPT), deps());

    expect(response.status).toBe(200);
    await response.text();
    expect(seen.map((request) => request.body.guestToken ?? 'session')).toEqual([KEPT, 'session', ISSUED]);
    expect(setCookieOf(response)).toContain(`${GUEST_COOKIE}=${ISSUED};`);
  });

  it('says the guest chat expired when a thread is continued without a valid token, and clears the cookie', async () => {
    const withoutCookie = await streamMessage(post('messages/stream', { text: '더', threadId: THREAD }), deps());
    expect(withoutCookie.status).toBe(401);
    expect((await withoutCookie.json()).messageKey).toBe('chatGuestExpired');
    expect(seen).toEqual([]);

    const lapsed = await streamMessage(post('messages/stream', { text: '더', threadId: THREAD }, LAPSED), deps());
    expect(lapsed.status).toBe(401);
    expect(setCookieOf(lapsed)).toMatch(new RegExp(`^${GUEST_COOKIE}=; Max-Age=0; Path=/api/chat`));
    expect(seen).toEqual([]);

    refused.add(KEPT);
    const forged = await streamMessage(post('messages/stream', { text: '더', threadId: THREAD }, KEPT), deps());
    expect(forged.status).toBe(401);
    expect((await forged.json()).messageKey).toBe('chatGuestExpired');
    expect(setCookieOf(forged)).toContain('Max-Age=0');
  });

  it("passes the daily limit on with its wait, and the member's bearer token without any guest token", async () => {
    const limited = await streamMessage(post('messages/stream', { text: '한도' }, KEPT), deps());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('600');
    expect((await limited.json()).params).toEqual({ limit: 30, seconds: 600 });

    seen = [];
    const member = await streamMessage(post('messages/stream', { text: '우디 향수' }, KEPT), deps({ member: true }));
    await member.text();
    expect(seen).toEqual([
      { path: '/api/chat/messages/stream', authorization: 'Bearer member-token', body: { text: '우디 향수' } },
    ]);
    expect(setCookieOf(member)).toBeNull();
  });

  it('passes each event on as the backend writes it', async () => {
    releaseStream = () => undefined;
    const response = await streamMessage(post('messages/stream', { text: '포근한 향수' }, KEPT), deps());
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('\n\n')) received += decoder.decode((await reader.read()).value, { stream: true });
    // The first event arrived while the backend still holds the rest back.
    expect(received).toContain('"type":"thread"');
    expect(received).not.toContain('포근한 향');
    releaseStream();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += decoder.decode(chunk.value, { stream: true });
    }
    expect(received).toContain('포근한 향');
  });

  it('refuses bodies that are not a JSON object, and answers 503 when the backend is down, never 500', async () => {
    const cases: [Request, number][] = [
      [post('messages/stream', 'not json'), 400],
      [post('messages/stream', [1, 2]), 400],
      [post('messages/stream', 'null'), 400],
      [post('messages/stream', { text: '향수' }, undefined, 'text/plain'), 415],
      [post('messages/stream', { text: '가'.repeat(40_000) }), 413],
    ];
    for (const [request, status] of cases) {
      const response = await streamMessage(request, deps());
      expect(response.status).toBe(status);
      expect((await response.json()).code).toBeTypeOf('string');
    }
    expect(seen).toEqual([]);

    const down = await streamMessage(
      post('messages/stream', { text: '향수' }),
      deps({ backendUrl: await downBackend() }),
    );
    expect(down.status).toBe(503);
    expect(setCookieOf(down)).toBeNull();
  });
});

describe("a guest's thread and signing in", () => {
  it("reads the guest's thread with the cookie's token, and finds none without a cookie", async () => {
    const found = await guestThread(post('guest-thread', { threadId: THREAD }, KEPT), deps());
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ id: THREAD, title: '포근한 향수' });
    expect(seen[0]?.body).toEqual({ guestToken: KEPT });

    seen = [];
    for (const request of [
      post('guest-thread', { threadId: THREAD }),
      post('guest-thread', { threadId: '../members' }, KEPT),
    ]) {
      const missing = await guestThread(request, deps());
      expect(missing.status).toBe(404);
      expect((await missing.json()).messageKey).toBe('chatThreadNotFound');
    }
    expect(seen).toEqual([]);
  });

  it("hands the guest's threads to the member once and removes the cookie", async () => {
    const adopted = await adoptGuestThreads(post('adopt', {}, KEPT), deps({ member: true }));
    expect(adopted.status).toBe(200);
    expect(await adopted.json()).toEqual({ threads: [THREAD] });
    expect(seen).toEqual([
      { path: '/api/chat/threads/adopt', authorization: 'Bearer member-token', body: { guestToken: KEPT } },
    ]);
    expect(setCookieOf(adopted)).toMatch(new RegExp(`^${GUEST_COOKIE}=; Max-Age=0; Path=/api/chat; HttpOnly`));

    seen = [];
    const nothing = await adoptGuestThreads(post('adopt', {}), deps({ member: true }));
    expect(await nothing.json()).toEqual({ threads: [] });
    expect(seen).toEqual([]);

    refused.add(KEPT);
    const lapsed = await adoptGuestThreads(post('adopt', {}, KEPT), deps({ member: true }));
    expect(await lapsed.json()).toEqual({ threads: [] });
    expect(setCookieOf(lapsed)).toContain('Max-Age=0');
  });

  it('adopts nothing for a guest, and keeps the cookie while the backend is down', async () => {
    const guest = await adoptGuestThreads(post('adopt', {}, KEPT), deps());
    expect(guest.status).toBe(401);
    expect(seen).toEqual([]);

    const down = await adoptGuestThreads(
      post('adopt', {}, KEPT),
      deps({ member: true, backendUrl: await downBackend() }),
    );
    expect(down.status).toBe(503);
    expect(setCookieOf(down)).toBeNull();
  });
});
