import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCallerFactory } from '@scentence/api';
import { createPerfumeRepository, openDatabases } from '@scentence/db';
import { createBackendService } from '../apps/backend/src/service';
import { DEFAULT_BATCH_SIZE, parseCatalog, writeCatalogRecords } from '../packages/db/src/import/importCatalog';
import { timingLine as line, spread, timeEach } from './support/timing';

const root = path.resolve(import.meta.dirname, '..');
const CATALOG = path.resolve(root, '../shared/data/fragrantica-38k.csv');
const ROUNDS = 10;

/** First messages that recommend at once (whom and what are both said), Korean and English. */
const REQUESTS = [
  '여름에 쓸 시원한 향수 추천해줘, 제가 쓸 거예요',
  '여자친구 선물로 포근한 바닐라 향수',
  'a woody winter gift for my dad',
  '소바쥬 같은 거 추천해줘 제가 쓸 거',
  '장미 들어간 플로럴 향수 5개 추천해줘 내가 쓸 거',
  '디올 말고 우디 향수 추천해줘 제가 쓸 거',
  'something fresh for the office, for me',
  '아무거나 추천해줘',
];
/** Follow-ups in the same thread after a recommendation. */
const FOLLOW_UPS = ['더 보여줘', '두 번째 거 자세히 알려줘', '첫 번째랑 두 번째 비교해줘', '덜 달게'];

/**
 * The offline chat engine over the 38k Fragrantica catalog: the time to a full answer (read the
 * thread, understand, pick candidates through SQL filters and the HNSW index, check them, write
 * the answer, store both messages), beside similar perfumes with reasons as the baseline.
 */
export async function run(): Promise<string[]> {
  if (!existsSync(CATALOG)) return [`chat: skipped, ${CATALOG} is absent`];
  const parsed = parseCatalog(CATALOG, await readFile(CATALOG, 'utf8'));
  const records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));
  const databases = await openDatabases({ urls: {}, open: ['perfume', 'recom', 'member'] });
  try {
    const perfumeSql = databases.get('perfume');
    await writeCatalogRecords(perfumeSql, records, { batchSize: DEFAULT_BATCH_SIZE });
    const perfumes = createPerfumeRepository(perfumeSql);
    const { router } = createBackendService(databases, {
      authSecret: 'bench-secret-that-is-long-enough-for-jwt!',
      corsOrigins: [],
      layeringUrl: 'http://127.0.0.1:9',
      chatLog: () => {},
    });
    const chat = () => createCallerFactory(router)({ caller: { memberId: randomUUID(), role: 'member' } }).chat;
    const ids = (await perfumeSql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
    const sampleIds = spread(ids, ROUNDS * REQUESTS.length);

    // Warm-up: the name index (about a second at 38k) and the first plans.
    for (const text of REQUESTS) await chat().send({ text });
    for (const id of sampleIds.slice(0, 20)) await perfumes.similar(id, 10);

    const similar = await timeEach(sampleIds, (id) => perfumes.similar(id, 10));
    const requests = Array.from({ length: ROUNDS }, () => REQUESTS).flat();
    const first = await timeEach(requests, (text) => chat().send({ text }));
    // Follow-ups in threads that have just recommended, by the member who owns them.
    const member = chat();
    const threads: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      threads.push((await member.send({ text: REQUESTS[round % REQUESTS.length]! })).thread.id);
    }
    const next = await timeEach(
      threads.flatMap((threadId) => FOLLOW_UPS.map((text) => ({ threadId, text }))),
      ({ threadId, text }) => member.send({ threadId, text }),
    );
    const ratio = (r: { p50: number }) => `  ${(r.p50 / similar.p50).toFixed(1)}× baseline`;
    return [
      `chat: ${ids.length.toLocaleString('en-US')} perfumes from ${path.basename(CATALOG)}, offline engine, embedded databases, one client`,
      line('similar perfumes (baseline)', similar),
      line(`first message, full answer (${requests.length})`, first, ratio(first)),
      line(`follow-ups (${FOLLOW_UPS.length} kinds × ${threads.length})`, next, ratio(next)),
      `  target: a full answer p50 ≤ 150 ms`,
    ];
  } finally {
    await databases.close();
  }
}
