import { randomUUID } from 'node:crypto';
import { createCallerFactory } from '@scentence/api';
import { type Databases, openDatabases, seedShippedCatalog } from '@scentence/db';
import OpenAI from 'openai';
import { createOpenAiChat } from '../apps/backend/src/chat/openai/openaiSettings';
import { createBackendService } from '../apps/backend/src/service';
import { type FakeOpenAi, startFakeOpenAi } from '../apps/backend/test/chat/support/fakeOpenAi';
import { recommendingModel, SUMMER_FOR_ME } from '../apps/backend/test/chat/support/recommendingModel';
import { timingLine as line, percentiles } from './support/timing';

const MODEL_LATENCY_MS = 300;
const SAMPLES = 20;

/** The model: a bare call gets a streamed text; the chat's calls recommend for summer, then name the picks. */
async function startSummerModel(): Promise<FakeOpenAi> {
  const summer = recommendingModel(SUMMER_FOR_ME);
  const fake = await startFakeOpenAi((request) =>
    request.tools === undefined ? { text: 'A bare streamed answer, piece by piece.' } : summer(request),
  );
  fake.latencyMs = MODEL_LATENCY_MS;
  return fake;
}

/** A new member's `chat.*` caller on a backend that asks the fake model. */
function chatCallers(databases: Databases, fake: FakeOpenAi) {
  const { router } = createBackendService(databases, {
    authSecret: 'bench-secret-that-is-long-enough-for-jwt!',
    corsOrigins: [],
    layeringUrl: 'http://127.0.0.1:9',
    openai: createOpenAiChat({ apiKey: 'sk-bench', baseURL: fake.baseURL, model: 'fake', timeoutMs: 10_000 }),
    chatLog: () => {},
  });
  return () => createCallerFactory(router)({ caller: { memberId: randomUUID(), role: 'member' } }).chat;
}

/** Time to the first streamed token of one bare call to the model (the baseline). */
async function bareFirstToken(client: OpenAI): Promise<number | null> {
  const started = performance.now();
  const stream = await client.chat.completions.create({
    model: 'fake',
    stream: true,
    messages: [{ role: 'user', content: 'hi' }],
  });
  for await (const chunk of stream) if (chunk.choices[0]?.delta.content) return performance.now() - started;
  return null;
}

/** One streamed recommendation: time to its first text, to its end, and the model calls it made. */
async function chatAnswer(chat: ReturnType<ReturnType<typeof chatCallers>>, fake: FakeOpenAi) {
  const before = fake.requests.length;
  const started = performance.now();
  let first: number | null = null;
  for await (const event of await chat.stream({ text: '여름에 쓸 시원한 향수 추천해줘, 제가 쓸 거예요' })) {
    if (event.type === 'text' && first === null) first = performance.now() - started;
  }
  return {
    firstToken: first ?? Number.NaN,
    whole: performance.now() - started,
    calls: fake.requests.length - before,
  };
}

/**
 * The chat with OpenAI, against an OpenAI-compatible server on 127.0.0.1 that answers each call
 * after a fixed 300 ms (the server the tests use): time to the first streamed token of a
 * recommendation (a tool round trip, then the streamed answer) and model calls per answer,
 * beside one bare streamed call to the same server as the baseline. Shipped catalog.
 */
export async function run(): Promise<string[]> {
  const fake = await startSummerModel();
  const databases = await openDatabases({ urls: {}, open: ['perfume', 'recom', 'member'] });
  try {
    await seedShippedCatalog(databases.get('perfume'));
    const chat = chatCallers(databases, fake);
    const client = new OpenAI({ apiKey: 'sk-bench', baseURL: fake.baseURL, maxRetries: 0 });
    const bare: number[] = [];
    const answers: Awaited<ReturnType<typeof chatAnswer>>[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const firstToken = await bareFirstToken(client);
      if (firstToken !== null) bare.push(firstToken);
      answers.push(await chatAnswer(chat(), fake));
    }
    const baseline = percentiles(bare);
    const firstToken = percentiles(answers.map((answer) => answer.firstToken));
    const whole = percentiles(answers.map((answer) => answer.whole));
    const ratio = (r: { p50: number }) => `  ${(r.p50 / baseline.p50).toFixed(1)}× baseline`;
    return [
      `chat-model: OpenAI-compatible server on 127.0.0.1 answering each call after ${MODEL_LATENCY_MS} ms, shipped catalog, ${SAMPLES} answers`,
      line('one bare streamed call (baseline)', baseline),
      line('chat: first streamed token', firstToken, ratio(firstToken)),
      line('chat: whole answer', whole, ratio(whole)),
      `  model calls per answer: max ${Math.max(...answers.map((answer) => answer.calls))}, all sequential (targets: first token ≤ 1 s, ≤ 2 calls)`,
    ];
  } finally {
    await databases.close();
    await fake.close();
  }
}
