/**
 * Child process of the catalog-load benchmark: over one database (the embedded one, or a fresh
 * database on the server named by the first argument), the backend host, the lean peer with
 * today's SQL and with the repository's, and a bare node:http handler answering the search's
 * bytes from memory (the ceiling). Prints the ports and what to ask for as one JSON line; drops
 * the fresh database on SIGTERM.
 */
import { type PerfumeSearchQuery, perfumeSearchInputSchema } from '@scentence/api/schemas';
import {
  ACCORD_DESCRIPTIONS,
  ACCORDS,
  type AccordKey,
  NOTE_DESCRIPTIONS,
  noteFamilyOf,
} from '@scentence/api/vocabulary';
import { createBackendService } from '@scentence/backend';
import { createPerfumeRepository, type Databases, openDatabases, seedShippedCatalog } from '@scentence/db';
import { createPerfumeSearch } from '../../apps/backend/src/perfume/perfumeSearchService';
import { planSearch, type SearchPlan } from '../../apps/backend/src/perfume/searchPlan';
import { startBareCeiling } from './bareCeiling';
import { freshServerDatabase } from './benchDatabase';
import { type CatalogLoadFixtures, NAME_ORDER_SEARCH_PATH, SEARCH_PATH, searchKey } from './catalogLoadRequests';
import { startLeanPeer } from './leanPeer';
import { todayFilteredSearch, todayPerfumeById } from './todayCatalogSql';

const serverUrl = process.argv[2];
const POOL_SIZE = 10;
const AUTH_SECRET = 'bench-secret-bench-secret-bench-secret';

async function openBenchDatabase(): Promise<{ databases: Databases; drop: () => Promise<void> }> {
  if (!serverUrl) return { databases: await openDatabases({ urls: {}, open: ['perfume'] }), drop: async () => {} };
  const fresh = await freshServerDatabase(serverUrl);
  const databases = await openDatabases({ urls: { perfume: fresh.url }, open: ['perfume'], maxConnections: POOL_SIZE });
  return { databases, drop: fresh.drop };
}

const { databases, drop } = await openBenchDatabase();
const sql = databases.get('perfume');
await seedShippedCatalog(sql);
const perfumes = createPerfumeRepository(sql);
const backend = createBackendService(databases, { authSecret: AUTH_SECRET, corsOrigins: [] }).host;
const backendPort = await backend.listen(0, '127.0.0.1');

// The peers answer the benchmark's searches with the plan the backend makes for them, made once.
const catalog = await createPerfumeSearch(perfumes).catalogIndex();
const plans = new Map<string, SearchPlan>();
for (const path of [SEARCH_PATH, NAME_ORDER_SEARCH_PATH]) {
  const params = new URL(path, 'http://x.invalid').searchParams;
  const query = perfumeSearchInputSchema.parse(Object.fromEntries(params)) as PerfumeSearchQuery;
  plans.set(searchKey(params), planSearch(query, catalog));
}
const plan = plans.get(searchKey(new URL(SEARCH_PATH, 'http://x.invalid').searchParams))!;
const { accords = [], notes = [], ...others } = plan.search.filters;
const onlyAccordsAndNotes = Object.entries(others).every(([key, value]) => key === 'accordMode' || value === undefined);
if (plan.search.followers !== 'filtered' || plan.search.leadingIds?.length || !onlyAccordsAndNotes)
  throw new Error(`today's SQL copy serves filtered searches only; the plan is ${JSON.stringify(plan.search)}`);

const planOf = (params: URLSearchParams) => plans.get(searchKey(params));
const answer = (found: SearchPlan, result: object) => ({
  ...result,
  understood: found.understood,
  didYouMean: found.didYouMean,
});
const pageOf = (params: URLSearchParams) => ({
  limit: Number(params.get('limit') ?? 20),
  cursor: Number(params.get('cursor') ?? 0),
});

const today = await startLeanPeer({
  async search(params) {
    const found = planOf(params);
    if (!found) return null;
    const { limit, cursor } = pageOf(params);
    return answer(found, await todayFilteredSearch(sql, { accords, notes }, limit, cursor));
  },
  perfume: (id) => todayPerfumeById(sql, id),
});

const lean = await startLeanPeer({
  async search(params) {
    const found = planOf(params);
    return found ? answer(found, await perfumes.rankedSearch(found.search)) : null;
  },
  perfume: (id) => perfumes.findById(id),
  similar: (id) => perfumes.similar(id, 10),
  async note(slug, params) {
    const note = await perfumes.findNote(slug);
    if (!note) return null;
    const { limit, cursor } = pageOf(params);
    const described = NOTE_DESCRIPTIONS[note.slug];
    return {
      note: {
        slug: note.slug,
        name: note.name,
        nameKo: note.nameKo,
        family: noteFamilyOf(note.slug),
        description: described ? { ko: described.ko, en: described.en } : null,
        perfumes: note.perfumes,
      },
      perfumes: await perfumes.perfumesWithNote(note.slug, limit, cursor),
    };
  },
  async accord(key, params) {
    const label = ACCORDS.find((accord) => accord.key === key);
    if (!label) return null;
    const { limit, cursor } = pageOf(params);
    return {
      accord: { ...label, description: ACCORD_DESCRIPTIONS[key as AccordKey] },
      notes: await perfumes.notesOfAccord(key as AccordKey, 12),
      perfumes: await perfumes.perfumesByAccord(key as AccordKey, limit, cursor),
    };
  },
});

const searchBytes = Buffer.from(await (await fetch(`http://127.0.0.1:${backendPort}${SEARCH_PATH}`)).arrayBuffer());
const { server: ceiling, port: ceilingPort } = await startBareCeiling(searchBytes);

const ids = (await sql<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
const noteSlugs = (await perfumes.notesWithCounts()).filter((note) => note.perfumes >= 5).map((note) => note.slug);
const fixtures: CatalogLoadFixtures = {
  engine: serverUrl ? 'postgres' : 'pglite',
  serverVersion: (await sql<{ server_version: string }[]>`SHOW server_version`)[0]?.server_version ?? '?',
  perfumes: ids.length,
  pid: process.pid,
  database: serverUrl ? ((await sql<{ name: string }[]>`SELECT current_database() AS name`)[0]?.name ?? null) : null,
  ports: { backend: backendPort, today: today.port, lean: lean.port, ceiling: ceilingPort },
  ids,
  noteSlugs,
  accordKeys: ACCORDS.map((accord) => accord.key),
};
console.log(JSON.stringify(fixtures));

process.on('SIGTERM', () => {
  void (async () => {
    today.server.closeAllConnections();
    lean.server.closeAllConnections();
    ceiling.closeAllConnections();
    await backend.close();
    await databases.close();
    await drop();
    process.exit(0);
  })();
});
