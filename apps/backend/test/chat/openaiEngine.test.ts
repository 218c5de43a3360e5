import { randomUUID } from 'node:crypto';
import type { ChatStreamEvent } from '@scentence/api/schemas';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiChat } from '../../src/chat/openai/openaiSettings';
import { type ChatFixture, Conversation, createChatFixture, expectPicksMeet } from './chatFixture';
import { type FakeOpenAi, startFakeOpenAi, toolResults } from './support/fakeOpenAi';
import { recommendingModel, SUMMER_FOR_ME } from './support/recommendingModel';

const TIMEOUT_MS = 1_500;
let fake: FakeOpenAi;
let fixture: ChatFixture;

beforeAll(async () => {
  fake = await startFakeOpenAi(() => ({ text: '' }));
  fixture = await createChatFixture({
    openai: createOpenAiChat({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: TIMEOUT_MS }),
  });
}, 120_000);
afterAll(async () => {
  await fixture?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

/** The model recommends for a summer perfume without Dior, then names the picks. */
const SUMMER_WITHOUT_DIOR = { ...SUMMER_FOR_ME, excludeBrands: ['Dior'] };
const summerModel = recommendingModel(SUMMER_WITHOUT_DIOR);

async function streamed(text: string): Promise<ChatStreamEvent[]> {
  const caller = fixture.member().caller;
  const events: ChatStreamEvent[] = [];
  for await (const event of await caller.chat.stream({ text })) events.push(event);
  return events;
}

const lastLogLine = () => fixture.chatLog.at(-1) ?? '';

describe('the OpenAI engine', () => {
  it('calls the tools, streams the text and keeps every constraint; two round trips, logged', async () => {
    fake.script = summerModel;
    const events = await streamed('여름에 쓸 시원한 향수 추천해줘, 제가 쓸 거고 디올은 빼고');
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error(`no answer: ${JSON.stringify(done)}`);
    expect(done.answer).toMatchObject({ engine: 'openai', kind: 'recommendation' });
    await expectPicksMeet(fixture, done.answer, {
      season: 'summer',
      anyAccord: ['aquatic', 'fresh', 'citrus'],
      noBrands: ['Dior'],
    });
    const text = events.flatMap((event) => (event.type === 'text' ? [event.delta] : []));
    expect(text.length).toBeGreaterThan(1);
    expect(text.join('')).toBe(done.answer.text);
    for (const card of done.answer.cards) expect(done.answer.text).toContain(card.perfume.nameKo ?? card.perfume.name);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]!.tools?.map((tool) => tool.function.name)).toContain('recommend_perfumes');
    expect(lastLogLine()).toMatch(/engine=openai tools=.*recommend_perfumes.* roundTrips=2 latencyMs=\d+/);
  });

  it('follow-ups keep the thread state: the picks are the ones "the second one" names', async () => {
    fake.script = summerModel;
    const chat = new Conversation(fixture.member().caller);
    const picks = await chat.say('여름 향수 추천해줘 제가 쓸 거');
    fake.script = (request) =>
      toolResults(request).length === 0
        ? { toolCalls: [{ name: 'perfume_details', arguments: JSON.stringify({ perfume: '#2' }) }] }
        : { text: '두 번째 향수는 여름에 잘 어울리는 가벼운 향이에요.' };
    const detail = await chat.say('두 번째 거 자세히');
    expect(detail.engine).toBe('openai');
    expect(detail.kind).toBe('perfume');
    expect(detail.cards.map((card) => card.perfume.id)).toEqual([picks.cards[1]!.perfume.id]);
  });

  it.each([
    ['arguments that are not JSON', '{"season": "summer", '],
    ['arguments outside the schema', JSON.stringify({ ...SUMMER_WITHOUT_DIOR, season: 'monsoon' })],
  ])('malformed tool calls (%s) never reach the tools: the offline engine answers', async (_, args) => {
    fake.script = () => ({ toolCalls: [{ name: 'recommend_perfumes', arguments: args }] });
    const answer = await new Conversation(fixture.member().caller).say('여름 향수 추천해줘 제가 쓸 거');
    expect(answer).toMatchObject({ engine: 'offline', kind: 'recommendation' });
    expect(answer.text).toMatch(/기본 추천 엔진/);
    expect(lastLogLine()).toMatch(/engine=offline .*fallback=/);
    expect(lastLogLine()).not.toMatch(/recommend_perfumes/);
  });

  it('a perfume no tool returned is never shown: the offline engine answers, and says so', async () => {
    fake.script = () => ({ text: '샤넬 넘버5를 추천해요!' });
    const answer = await new Conversation(fixture.member().caller).say('여름에 쓸 시원한 향수 추천해줘 제가 쓸 거');
    expect(answer.engine).toBe('offline');
    expect(answer.kind).toBe('recommendation');
    expect(answer.text).toMatch(/기본 추천 엔진/);
    expect(lastLogLine()).toMatch(/engine=offline .*fallback=".*no tool returned/);
  });

  it('streams "restart" when the model failed after its text began, then the offline answer', async () => {
    fake.script = () => ({ text: '샤넬 넘버5를 추천해요!' });
    const events = await streamed('여름에 쓸 시원한 향수 추천해줘 제가 쓸 거');
    const types = events.map((event) => event.type);
    const restart = types.indexOf('restart');
    expect(restart).toBeGreaterThan(types.indexOf('text'));
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('no answer');
    const after = events.slice(restart).flatMap((event) => (event.type === 'text' ? [event.delta] : []));
    expect(after.join('')).toBe(done.answer.text);
  });

  it('an error from the API falls back to the offline engine at once', async () => {
    fake.script = () => ({ status: 500 });
    const answer = await new Conversation(fixture.member().caller).say('포근한 겨울 향수 추천해줘 제가 쓸 거');
    expect(answer).toMatchObject({ engine: 'offline', kind: 'recommendation' });
    expect(fake.requests).toHaveLength(1);
  });

  it('a model that does not answer in time is cut off and the offline engine answers', async () => {
    fake.script = () => ({ hang: true });
    const answer = await new Conversation(fixture.member().caller).say('포근한 겨울 향수 추천해줘 제가 쓸 거');
    expect(answer).toMatchObject({ engine: 'offline', kind: 'recommendation' });
    expect(lastLogLine()).toMatch(/engine=offline .*fallback=/);
  });

  it('never makes a third model call: a second round of tools ends in the offline answer', async () => {
    fake.script = () => ({ toolCalls: [{ name: 'my_wardrobe_taste', arguments: '{}' }] });
    const answer = await new Conversation(fixture.member(randomUUID()).caller).say('아무거나 추천해줘');
    expect(fake.requests).toHaveLength(2);
    expect(answer.engine).toBe('offline');
  });
});
