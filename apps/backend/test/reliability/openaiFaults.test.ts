/**
 * OpenAI failing, slow or answering garbage: the backend's host on the real databases, its chat
 * engine pointed (through the env module, as a deployment sets it) at a local OpenAI-compatible
 * server that misbehaves on cue. Every turn still gets a whole answer from the offline engine,
 * which says so, within the configured timeout and a margin. See docs/reliability/dependency-faults.md.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAiChatOf } from '../../src/chat/openai/openaiSettings';
import { backendEnvSchema } from '../../src/env';
import { AUTH_SECRET, type ChatFixture, createChatFixture } from '../chat/chatFixture';
import { type FakeOpenAi, type FakeReply, startFakeOpenAi } from '../chat/support/fakeOpenAi';
import { recommendingModel, SUMMER_FOR_ME } from '../chat/support/recommendingModel';
import { figures, memberThread, type TimedAnswer } from './support/chatOverHttp';

/** CHAT_OPENAI_TIMEOUT_SECONDS for these tests (the default is 12: see the env module). */
const TIMEOUT_SECONDS = 2;
/** What a busy two-core machine may add to the timeout: the offline answer and the round trip. */
const MARGIN_SECONDS = 8;
const KOREAN_TURN = '여름에 쓸 시원한 향수 추천해줘 제가 쓸 거예요';
const ENGLISH_TURN = 'Recommend a fresh summer perfume for me';
const SAID_KO = /AI 답변을 받지 못해 기본 추천 엔진이 답했어요/;
const SAID_EN = /the built-in engine answered/;

let fake: FakeOpenAi;
let fixture: ChatFixture;
let baseUrl: string;
const timings = figures('openai faults');

beforeAll(async () => {
  fake = await startFakeOpenAi(() => ({ text: '' }));
  const env = backendEnvSchema.parse({
    OPENAI_API_KEY: 'sk-fault-test',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_CHAT_MODEL: 'fake-model',
    CHAT_OPENAI_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
  });
  fixture = await createChatFixture({ openai: openAiChatOf(env) });
  baseUrl = `http://127.0.0.1:${await fixture.service.host.listen(0, '127.0.0.1')}`;
}, 120_000);
afterAll(async () => {
  timings.print();
  await fixture?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.latencyMs = 0;
  fake.requests.length = 0;
});

/** Why the last turn fell back, as its log line says. */
const fallbackReason = () => /fallback="(.*)"/.exec(fixture.chatLog.at(-1) ?? '')?.[1];

const sse = (...data: string[]) => data.map((line) => `data: ${line}\n\n`).join('');

/** What the reader must get whatever OpenAI did: an offline recommendation with cards, saying so. */
function expectOfflineRecommendation({ answer }: TimedAnswer, said: RegExp) {
  expect(answer).toMatchObject({ role: 'assistant', engine: 'offline', kind: 'recommendation' });
  expect(answer.cards.length).toBeGreaterThan(0);
  expect(answer.text).toMatch(said);
  expect(fixture.chatLog.at(-1)).toMatch(/engine=offline .*fallback="/);
}

const FAULTS: [string, FakeReply][] = [
  ['answers 500', { status: 500 }],
  ['answers 503', { status: 503 }],
  ['answers invalid JSON', { raw: '{"choices": [{"delta": ', contentType: 'application/json' }],
  [
    'streams events that are not JSON',
    { raw: sse('{"choices": [{"delta"', '[DONE]'), contentType: 'text/event-stream' },
  ],
  [
    'answers valid JSON of the wrong shape',
    { raw: JSON.stringify({ answer: 'hello' }), contentType: 'application/json' },
  ],
  [
    'streams valid JSON of the wrong shape',
    { raw: sse(JSON.stringify({ result: { text: 'hello' } }), '[DONE]'), contentType: 'text/event-stream' },
  ],
  ['calls a tool with broken arguments', { toolCalls: [{ name: 'recommend_perfumes', arguments: '{"season": "su' }] }],
  ['calls a tool that does not exist', { toolCalls: [{ name: 'drop_tables', arguments: '{}' }] }],
];

describe('OpenAI failing or answering garbage: the offline engine answers, and says so', () => {
  it.each(FAULTS)('the server %s', async (label, reply) => {
    fake.script = () => reply;
    const turn = await (await memberThread(baseUrl, AUTH_SECRET)).say(KOREAN_TURN);
    expectOfflineRecommendation(turn, SAID_KO);
    expect(fake.requests.length).toBeGreaterThan(0);
    timings.add(label, turn.seconds, fallbackReason());
  });

  it('an English turn is told in English', async () => {
    fake.script = () => ({ status: 503 });
    const turn = await (await memberThread(baseUrl, AUTH_SECRET)).say(ENGLISH_TURN);
    expectOfflineRecommendation(turn, SAID_EN);
    expect(turn.answer.locale).toBe('en');
  });

  it('a stream cut mid-way: the begun text is withdrawn ("restart"), then the whole offline answer', async () => {
    fake.script = () => ({ cut: '여름에 어울리는 시원한 향수를 골라 봤어요. 첫 번째는' });
    const turn = await (await memberThread(baseUrl, AUTH_SECRET)).stream(KOREAN_TURN);
    expectOfflineRecommendation(turn, SAID_KO);
    const types = turn.events.map((event) => event.type);
    expect(types.indexOf('restart')).toBeGreaterThan(types.indexOf('text'));
    const after = turn.events.slice(types.indexOf('restart'));
    const text = after.flatMap((event) => (event.type === 'text' ? [event.delta] : [])).join('');
    expect(text).toBe(turn.answer.text);
    const cards = after.find((event) => event.type === 'cards');
    expect(cards?.type === 'cards' && cards.cards.length).toBe(turn.answer.cards.length);
    timings.add('stream cut mid-way', turn.seconds, fallbackReason());
  });

  it('the thread goes on: OpenAI answers again once it is back', async () => {
    const thread = await memberThread(baseUrl, AUTH_SECRET);
    fake.script = () => ({ status: 500 });
    expectOfflineRecommendation(await thread.say(KOREAN_TURN), SAID_KO);
    fake.script = recommendingModel({ ...SUMMER_FOR_ME, count: 2 });
    const back = await thread.say('다른 거 두 개 더 보여줘');
    expect(back.answer.engine).toBe('openai');
    expect(back.answer.text).not.toMatch(SAID_KO);
  });
});

describe('OpenAI slower than CHAT_OPENAI_TIMEOUT_SECONDS: cut off, the offline engine answers in bounded time', () => {
  it.each([
    ['first byte after the timeout', { text: '늦은 답이에요.' } satisfies FakeReply, (TIMEOUT_SECONDS + 2) * 1000],
    ['never answers', { hang: true } satisfies FakeReply, 0],
  ])(
    'the server: %s',
    async (label, reply, latencyMs) => {
      fake.script = () => reply;
      fake.latencyMs = latencyMs;
      const turn = await (await memberThread(baseUrl, AUTH_SECRET)).say(KOREAN_TURN);
      expectOfflineRecommendation(turn, SAID_KO);
      expect(turn.seconds).toBeGreaterThanOrEqual(TIMEOUT_SECONDS * 0.9);
      expect(turn.seconds).toBeLessThan(TIMEOUT_SECONDS + MARGIN_SECONDS);
      timings.add(`${label} (timeout ${TIMEOUT_SECONDS} s)`, turn.seconds, fallbackReason());
    },
    (TIMEOUT_SECONDS + MARGIN_SECONDS + 5) * 1000,
  );

  it(
    'the server writes so slowly that the whole answer takes longer: the begun text is withdrawn, the offline answer follows',
    async () => {
      fake.script = () => ({
        trickle: '여름에 어울리는 시원한 향수를 천천히 골라 보고 있어요. 조금만 기다려 주세요.',
        gapMs: 400,
      });
      const turn = await (await memberThread(baseUrl, AUTH_SECRET)).stream(KOREAN_TURN);
      expectOfflineRecommendation(turn, SAID_KO);
      const types = turn.events.map((event) => event.type);
      expect(types.indexOf('restart')).toBeGreaterThan(types.indexOf('text'));
      expect(turn.seconds).toBeGreaterThanOrEqual(TIMEOUT_SECONDS * 0.9);
      expect(turn.seconds).toBeLessThan(TIMEOUT_SECONDS + MARGIN_SECONDS);
      timings.add(`writes too slowly (timeout ${TIMEOUT_SECONDS} s)`, turn.seconds, fallbackReason());
    },
    (TIMEOUT_SECONDS + MARGIN_SECONDS + 5) * 1000,
  );
});
