/**
 * Replicas: two backend processes, started as the image starts them, behind a round-robin proxy on
 * one real PostgreSQL. A member's session, a chat thread and the login limit hold whichever
 * replica answers, because every piece of state is in the databases (see .github/DEPLOYMENT.md,
 * "Scaling out: replicas", and docs/reliability/replicas.md).
 */
import { randomBytes } from 'node:crypto';
import { testEnv } from '@scentence/db/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RestAnswer, restCall } from '../support/restCall';
import { type BackendReplica, startBackendReplica } from './support/backendReplica';
import { createReplicaDatabases, type ReplicaDatabases } from './support/replicaDatabases';
import { type RoundRobinProxy, SERVED_BY, startRoundRobinProxy } from './support/roundRobinProxy';

const serverUrl = testEnv.TEST_DATABASE_URL;
/** Set on both replicas, and lower than the default (5) so that a doubled count could not pass as this one. */
const LOGIN_MAX_FAILURES = 4;
const AUTH_SECRET = randomBytes(48).toString('base64url');
const PASSWORD = 'Sc3nt!ence-replicas';
/** A conversation the offline engine answers step by step: who it is for, then the accord, then more. */
const CONVERSATION = ['향수 추천해줘', '제가 쓸 거예요', '우디', '더 보여줘'];

interface Served extends RestAnswer {
  servedBy: string;
}

interface ChatMessageView {
  seq: number;
  role: 'user' | 'assistant';
  text: string;
  kind: string | null;
  cards: { perfume: { id: number } }[];
}

interface ChatThreadView {
  id: string;
  messages: ChatMessageView[];
  understood: { recipient: string | null; accords: string[] } | null;
  recommended: number[];
}

let databases: ReplicaDatabases | undefined;
let replicas: BackendReplica[] = [];
let proxy: RoundRobinProxy | undefined;
let startSeconds = 0;
/** The statuses of the two messages sent at once, for the summary line (200 and 409, or 200 twice). */
let raceStatuses: number[] = [];

/** One REST call through the proxy, with the replica that answered it. */
async function viaProxy(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  if (!proxy) throw new Error('the proxy is not running');
  const answer = await restCall(proxy.url, method, path, options);
  return { ...answer, servedBy: answer.headers.get(SERVED_BY) ?? '' } satisfies Served;
}

/** The load balancer's health check, through the proxy. */
async function healthViaProxy() {
  const response = await fetch(`${proxy?.url}/health`);
  return { status: response.status, body: await response.json(), servedBy: response.headers.get(SERVED_BY) ?? '' };
}

async function signUp(email: string, nickname: string): Promise<void> {
  const created = await viaProxy('POST', '/members', { body: { email, password: PASSWORD, nickname } });
  expect(created.status).toBe(200);
}

async function signIn(email: string): Promise<Served & { tokens: { accessToken: string; refreshToken: string } }> {
  const answer = await viaProxy('POST', '/auth/token', { body: { email, password: PASSWORD } });
  expect(answer.status).toBe(200);
  expect(answer.body.status).toBe('signed_in');
  return { ...answer, tokens: answer.body.tokens as { accessToken: string; refreshToken: string } };
}

/** Sends a request that nobody checks when the next one must land on the other replica than `servedBy`. */
async function nextGoesToOtherThan(servedBy: string): Promise<void> {
  if (proxy?.next() === servedBy) await viaProxy('GET', '/members/email-availability?email=skip@example.com');
  expect(proxy?.next()).not.toBe(servedBy);
}

describe.skipIf(!serverUrl)(
  'two backend replicas behind a round-robin proxy on one PostgreSQL (runs only with TEST_DATABASE_URL: replicas share a real server)',
  () => {
    beforeAll(async () => {
      databases = await createReplicaDatabases(serverUrl ?? '');
      const env = {
        ...databases.env,
        AUTH_SECRET,
        LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
        DATABASE_POOL_SIZE: '4',
        // Nothing listens on the discard port: no layering question is asked here.
        LAYERING_URL: 'http://127.0.0.1:9',
      };
      const started = performance.now();
      // Both at once on empty databases, as an Auto Scaling group starts them: migrations and the seed race.
      const outcomes = await Promise.allSettled([startBackendReplica('a', env), startBackendReplica('b', env)]);
      startSeconds = (performance.now() - started) / 1000;
      replicas = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      proxy = await startRoundRobinProxy(replicas.map(({ name, url }) => ({ name, url })));
    }, 150_000);

    afterAll(async () => {
      if (proxy) {
        const counts = replicas.map(
          (replica) => `${replica.name} ${proxy?.served.filter((request) => request.upstream === replica.name).length}`,
        );
        console.info(
          `[replicas] both started in ${startSeconds.toFixed(1)} s; requests served: ${counts.join(', ')}; ` +
            `two messages at once: ${raceStatuses.join(' and ')}`,
        );
      }
      await proxy?.close();
      await Promise.all(replicas.map((replica) => replica.stop()));
      await databases?.drop();
    }, 60_000);

    it('start together on empty databases: both healthy, the catalog seeded once, the same REST document', async () => {
      const health = [await healthViaProxy(), await healthViaProxy()];
      expect(health.map((answer) => answer.servedBy).sort()).toEqual(['a', 'b']);
      for (const answer of health) expect(answer).toMatchObject({ status: 200, body: { status: 'ok', db: 'ok' } });

      const perfumeDb = postgres(databases?.urls.perfume ?? '', { max: 1, onnotice: () => {} });
      try {
        const seeds = await perfumeDb<{ perfumes: number }[]>`SELECT perfumes FROM catalog_seeds`;
        const [perfumes] = await perfumeDb<{ count: number }[]>`SELECT count(*)::int AS count FROM perfumes`;
        expect(seeds).toHaveLength(1);
        expect(perfumes?.count).toBe(seeds[0]?.perfumes);
      } finally {
        await perfumeDb.end();
      }

      const documents = await Promise.all(
        replicas.map(async (replica) => (await fetch(`${replica.url}/openapi.json`)).json()),
      );
      expect(documents[0]).toEqual(documents[1]);
      const paths = Object.keys((documents[0] as { paths: Record<string, unknown> }).paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/members',
          '/auth/token',
          '/auth/token/refresh',
          '/members/me',
          '/chat/messages',
          '/chat/threads/{threadId}',
        ]),
      );
    });

    it('sign up on one replica, sign in on either, refresh on the other than the one that issued the token', async () => {
      await signUp('replica.session@example.com', '복제회원');
      const signedIn = await signIn('replica.session@example.com');
      for (const replica of replicas) {
        const me = await restCall(replica.url, 'GET', '/members/me', { token: signedIn.tokens.accessToken });
        expect(me).toMatchObject({ status: 200, body: { email: 'replica.session@example.com', nickname: '복제회원' } });
      }

      await nextGoesToOtherThan(signedIn.servedBy);
      const refreshed = await viaProxy('POST', '/auth/token/refresh', {
        body: { refreshToken: signedIn.tokens.refreshToken },
      });
      expect(refreshed.servedBy).not.toBe(signedIn.servedBy);
      expect(refreshed.status).toBe(200);
      const tokens = refreshed.body as { accessToken: string; refreshToken: string };
      expect(tokens.refreshToken).not.toBe(signedIn.tokens.refreshToken);
      for (const replica of replicas) {
        expect((await restCall(replica.url, 'GET', '/members/me', { token: tokens.accessToken })).status).toBe(200);
      }

      // The exchanged token is spent on every replica, not only on the one that took it; presenting it
      // again signs that sign-in out everywhere, its successor included.
      await nextGoesToOtherThan(refreshed.servedBy);
      const replayed = await viaProxy('POST', '/auth/token/refresh', {
        body: { refreshToken: signedIn.tokens.refreshToken },
      });
      expect(replayed.servedBy).toBe(signedIn.servedBy);
      expect(replayed.status).toBe(401);
      const successor = await viaProxy('POST', '/auth/token/refresh', { body: { refreshToken: tokens.refreshToken } });
      expect(successor.servedBy).toBe(refreshed.servedBy);
      expect(successor.status).toBe(401);
    });

    it('continue one chat thread message by message across the replicas, and show it whole on either', async () => {
      await signUp('replica.chat@example.com', '대화회원');
      const { tokens } = await signIn('replica.chat@example.com');
      let threadId: string | undefined;
      const servedBy: string[] = [];
      const answers: ChatMessageView[] = [];
      for (const [at, text] of CONVERSATION.entries()) {
        const sent = await viaProxy('POST', '/chat/messages', {
          token: tokens.accessToken,
          body: threadId ? { threadId, text } : { text },
        });
        expect(sent.status).toBe(200);
        const body = sent.body as { thread: { id: string }; message: ChatMessageView; answer: ChatMessageView };
        threadId ??= body.thread.id;
        expect(body.thread.id).toBe(threadId);
        expect(body.message).toMatchObject({ seq: at * 2 + 1, role: 'user', text });
        expect(body.answer).toMatchObject({ seq: at * 2 + 2, role: 'assistant' });
        servedBy.push(sent.servedBy);
        answers.push(body.answer);
      }
      // Every message went to the other replica than the one before it.
      expect(servedBy.every((name, at) => at === 0 || name !== servedBy[at - 1])).toBe(true);
      // What each answer did follows from the turns before it, which the other replica stored.
      expect(answers.map((answer) => answer.kind)).toEqual([
        'question',
        'question',
        'recommendation',
        'recommendation',
      ]);

      const threads: ChatThreadView[] = [];
      for (const replica of replicas) {
        const read = await restCall(replica.url, 'GET', `/chat/threads/${threadId}`, { token: tokens.accessToken });
        expect(read.status).toBe(200);
        threads.push(read.body as unknown as ChatThreadView);
      }
      expect(threads[0]).toEqual(threads[1]);
      const thread = threads[0]!;
      expect(thread.messages.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(thread.messages.filter((message) => message.role === 'user').map((message) => message.text)).toEqual(
        CONVERSATION,
      );
      for (const answer of thread.messages.filter((message) => message.role === 'assistant')) {
        expect(answer.text.length).toBeGreaterThan(0);
      }
      expect(thread.understood).toMatchObject({ recipient: 'self', accords: ['woody'] });
      const picked = answers.flatMap((answer) => answer.cards.map((card) => card.perfume.id));
      expect(picked.length).toBeGreaterThan(0);
      expect(thread.recommended).toEqual(picked);
      // "더 보여줘" on the other replica shows none of the perfumes the first one recommended.
      expect(new Set(picked).size).toBe(picked.length);
    });

    it('take two messages sent at once to one thread on both replicas without losing or doubling a turn', async () => {
      await signUp('replica.race@example.com', '동시회원');
      const { tokens } = await signIn('replica.race@example.com');
      const first = await viaProxy('POST', '/chat/messages', {
        token: tokens.accessToken,
        body: { text: '향수 추천해줘' },
      });
      const threadId = (first.body.thread as { id: string }).id;
      const sends = await Promise.all(
        ['제가 쓸 거예요', '선물이에요'].map((text) =>
          viaProxy('POST', '/chat/messages', { token: tokens.accessToken, body: { threadId, text } }),
        ),
      );
      expect(sends.map((sent) => sent.servedBy).sort()).toEqual(['a', 'b']);
      raceStatuses = sends.map((sent) => sent.status);
      // A replica that lost the race says so (409, send again); it never overwrites the winner.
      for (const sent of sends) expect([200, 409]).toContain(sent.status);
      const answered = sends.filter((sent) => sent.status === 200).length;
      expect(answered).toBeGreaterThanOrEqual(1);
      const read = await viaProxy('GET', `/chat/threads/${threadId}`, { token: tokens.accessToken });
      const thread = read.body as unknown as ChatThreadView;
      expect(thread.messages.map((message) => message.seq)).toEqual(
        Array.from({ length: 2 + answered * 2 }, (_, at) => at + 1),
      );
      expect(thread.messages.map((message) => message.role)).toEqual(
        Array.from({ length: 2 + answered * 2 }, (_, at) => (at % 2 === 0 ? 'user' : 'assistant')),
      );
    });

    it('count failed logins on both replicas together: the limit trips at the configured count, not twice it', async () => {
      await signUp('replica.limit@example.com', '제한회원');
      const attempts: Served[] = [];
      for (let attempt = 0; attempt < LOGIN_MAX_FAILURES * 2; attempt++) {
        attempts.push(
          await viaProxy('POST', '/auth/token', {
            body: { email: 'replica.limit@example.com', password: `Wrong!Pass${attempt}` },
          }),
        );
      }
      expect(attempts.map((attempt) => attempt.status)).toEqual([
        ...Array<number>(LOGIN_MAX_FAILURES).fill(401),
        ...Array<number>(LOGIN_MAX_FAILURES).fill(429),
      ]);
      const counted = attempts.slice(0, LOGIN_MAX_FAILURES).map((attempt) => attempt.servedBy);
      expect(new Set(counted)).toEqual(new Set(['a', 'b']));
      const refused = attempts.slice(LOGIN_MAX_FAILURES);
      expect(new Set(refused.map((attempt) => attempt.servedBy))).toEqual(new Set(['a', 'b']));
      for (const attempt of refused) expect(Number(attempt.headers.get('retry-after'))).toBeGreaterThan(0);
      // The right password waits too, on both replicas.
      for (const replica of replicas) {
        const right = await restCall(replica.url, 'POST', '/auth/token', {
          body: { email: 'replica.limit@example.com', password: PASSWORD },
        });
        expect(right.status).toBe(429);
      }
    });
  },
);
