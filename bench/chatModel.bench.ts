import { randomUUID } from 'node:crypto';
import { createCallerFactory } from '@scentence/api';
import { openDatabases, seedShippedCatalog } from '@scentence/db';
import OpenAI from 'openai';
import { createOpenAiChat } from '../apps/backend/src/chat/openai/openaiSettings';
import { createBackendService } from '../apps/backend/src/service';
import { startFakeOpenAi, toolResults } from '../apps/backend/test/chat/support/fakeOpenAi';
import { timingLine as line, percentiles } from './support/timing';

const MODEL_LATENCY_MS = 300;
const SAMPLES = 20;

/**
 * The chat with OpenAI, against an OpenAI-compatible server on 127.0.0.1 that answers each call
 * after a fixed 300 ms (the server the tests use): time to the first streamed token of a
 * recommendation (a tool round trip, then the streamed answer) and model calls per answer,
 * beside one bare streamed call to the same server as the baseline. Shipped catalog.
 */
export async function run(): Promise<string[]> {
  const fake = await startFakeOpenAi((request) => {
    const [result] = toolResults(request);
    if (request.tools === undefined) return { text: 'A bare streamed answer, piece by piece.' };
    if (!result) {
      return {
        toolCalls: [
          {
            name: 'recommend_perfumes',
            arguments: JSON.stringify({
              recipient: 'self',
              relation: null,
              gender: null,
              season: 'summer',
              occasion: null,
              moods: ['cool'],
              accords: [],
              excludeAccords: [],
              notes: [],
              excludeNotes: [],
              brands: [],
              excludeBrands: [],
              reference: null,
              count: 3,
            }),
          },
        ],
      };
    }
    const picks = (JSON.parse(result) as { picks: { brandKo: string; nameKo: string }[] }).picks;
    return {
      text: `여름에 시원하게 쓸 향수예요. ${picks.map((pick) => `${pick.brandKo} ${pick.nameKo}`).join(', ')}.`,
    };
  });
  fake.latencyMs = MODEL_LATENCY_MS;
  const databases = await openDatabases({ urls: {}, open: ['perfume', 'recom', 'member'] });
  try {
    await seedShippedCatalog(databases.get('perfume'));
    const { router } = createBackendService(databases, {
      authSecret: 'bench-secret-that-is-long-enough-for-jwt!',
      corsOrigins: [],
      layeringUrl: 'http://127.0.0.1:9',
      openai: createOpenAiChat({ apiKey: 'sk-bench', baseURL: fake.baseURL, model: 'fake', timeoutMs: 10_000 }),
      chatLog: () => {},
    });
    const chat = () => createCallerFactory(router)({ caller: { memberId: randomUUID(), role: 'member' } }).chat;
    const client = new OpenAI({ apiKey: 'sk-bench', baseURL: fake.baseURL, maxRetries: 0 });

    const bare: number[] = [];
    const firstToken: number[] = [];
    const whole: number[] = [];
    const calls: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      let started = performance.now();
      const stream = await client.chat.completions.create({
        model: 'fake',
        stream: true,
        messages: [{ role: 'user', content: 'hi' }],
      });
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta.content) {
          bare.push(performance.now() - started);
          break;
        }
      }
      const before = fake.requests.length;
      started = performance.now();
      let first: number | null = null;
      for await (const event of await chat().stream({ text: '여름에 쓸 시원한 향수 추천해줘, 제가 쓸 거예요' })) {
        if (event.type === 'text' && first === null) first = performance.now() - started;
      }
      whole.push(performance.now() - started);
      firstToken.push(first ?? Number.NaN);
      calls.push(fake.requests.length - before);
    }
    const baseline = percentiles(bare);
    const ratio = (r: { p50: number }) => `  ${(r.p50 / baseline.p50).toFixed(1)}× baseline`;
    return [
      `chat-model: OpenAI-compatible server on 127.0.0.1 answering each call after ${MODEL_LATENCY_MS} ms, shipped catalog, ${SAMPLES} answers`,
      line('one bare streamed call (baseline)', baseline),
      line('chat: first streamed token', percentiles(firstToken), ratio(percentiles(firstToken))),
      line('chat: whole answer', percentiles(whole), ratio(percentiles(whole))),
      `  model calls per answer: max ${Math.max(...calls)}, all sequential (targets: first token ≤ 1 s, ≤ 2 calls)`,
    ];
  } finally {
    await databases.close();
    await fake.close();
  }
}
