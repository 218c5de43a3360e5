/**
 * The layering service down: the backend's host on the real databases with LAYERING_URL where
 * nothing listens, where a server answers 500, and where one never answers. A layering question
 * is answered with "layering is unavailable now" (Korean, or English on an English turn) within
 * the chat's layering timeout and a margin; every other question in the same thread is answered
 * as usual. See docs/reliability/dependency-faults.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYERING_TIMEOUT_MS } from '../../src/chat/layeringAdvisor';
import { createBackendService } from '../../src/service';
import { AUTH_SECRET, type ChatFixture, createChatFixture } from '../chat/chatFixture';
import { figures, memberThread } from './support/chatOverHttp';
import { type Failure, startFailingServer } from './support/failingServer';

/** What a busy two-core machine may add to the layering timeout: the rest of the answer and the round trip. */
const MARGIN_SECONDS = 6;
const BOUND_SECONDS = LAYERING_TIMEOUT_MS / 1000 + MARGIN_SECONDS;
const UNAVAILABLE_KO = /지금은 레이어링 서비스에 연결할 수 없어서/;
const UNAVAILABLE_EN = /The layering service can't be reached right now/;

let fixture: ChatFixture;
const timings = figures('layering down');
const closers: (() => Promise<void>)[] = [];

/** The backend's host on the fixture's databases, its chat pointed at `layeringUrl`. */
async function backendWithLayeringAt(layeringUrl: string): Promise<string> {
  const { host } = createBackendService(fixture.databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    layeringUrl,
    chatLog: () => {},
  });
  const port = await host.listen(0, '127.0.0.1');
  closers.push(() => host.close());
  return `http://127.0.0.1:${port}`;
}

/** The fixture's own backend reaches the layering service on a port nothing listens on. */
async function layeringAt(down: 'nothing listens' | Failure): Promise<{ baseUrl: string; reached: () => number }> {
  if (down === 'nothing listens') {
    return { baseUrl: `http://127.0.0.1:${await fixture.service.host.listen(0, '127.0.0.1')}`, reached: () => 0 };
  }
  const failing = await startFailingServer(down);
  closers.push(failing.close);
  return { baseUrl: await backendWithLayeringAt(failing.url), reached: () => failing.requests };
}

beforeAll(async () => {
  fixture = await createChatFixture({ layering: false });
}, 120_000);
afterAll(async () => {
  timings.print();
  for (const close of closers) await close();
  await fixture?.close();
});

describe.each(['nothing listens', 'error', 'hang'] as const)('the layering service: %s', (down) => {
  let layering: Awaited<ReturnType<typeof layeringAt>>;
  beforeAll(async () => {
    layering = await layeringAt(down);
  });

  it(
    'a layering question says layering is unavailable now; the same thread answers everything else',
    async () => {
      const thread = await memberThread(layering.baseUrl, AUTH_SECRET);
      const pair = await thread.say('소바쥬랑 상탈33 레이어링 어때?');
      expect(pair.answer).toMatchObject({ kind: 'layering', engine: 'offline' });
      expect(pair.answer.text).toMatch(UNAVAILABLE_KO);
      expect(pair.answer.cards).toHaveLength(2);
      expect(pair.seconds).toBeLessThan(BOUND_SECONDS);
      if (down !== 'nothing listens') expect(layering.reached()).toBeGreaterThan(0);
      timings.add(`${down}: pair question`, pair.seconds);

      const picks = await thread.say('제가 쓸 우디 향수 추천해줘');
      expect(picks.answer.kind).toBe('recommendation');
      expect(picks.answer.cards.length).toBeGreaterThan(0);
      expect(picks.answer.text).not.toMatch(UNAVAILABLE_KO);

      const detail = await thread.say('첫 번째 향수 자세히 알려줘');
      expect(detail.answer.kind).toBe('perfume');
      expect(detail.answer.cards.map((card) => card.perfume.id)).toEqual([picks.answer.cards[0]!.perfume.id]);

      const partners = await thread.say('이거랑 레이어링하기 좋은 향수 있어?');
      expect(partners.answer.kind).toBe('layering');
      expect(partners.answer.text).toMatch(UNAVAILABLE_KO);
      expect(partners.seconds).toBeLessThan(BOUND_SECONDS);
      timings.add(`${down}: partners question`, partners.seconds);
    },
    4 * BOUND_SECONDS * 1000,
  );

  it(
    'an English layering question is told in English',
    async () => {
      const thread = await memberThread(layering.baseUrl, AUTH_SECRET);
      const pair = await thread.say('Can I layer Sauvage with Santal 33?');
      expect(pair.answer).toMatchObject({ kind: 'layering', locale: 'en' });
      expect(pair.answer.text).toMatch(UNAVAILABLE_EN);
      expect(pair.seconds).toBeLessThan(BOUND_SECONDS);
    },
    2 * BOUND_SECONDS * 1000,
  );
});
