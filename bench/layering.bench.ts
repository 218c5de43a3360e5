import path from 'node:path';
import { layeringDependenciesOf } from '../apps/layering/src/layeringDependenciesOf';
import { createLayeringRouter } from '../apps/layering/src/router';
import { FRAGRANTICA_CATALOG, importFragranticaCatalog } from './support/fragranticaCatalog';
import { timingLine as line, spread, timeEach } from './support/timing';

const SAMPLES = 200;
/** Partners of a perfume and a pair analysis through their procedures, as the page and the chat call them. */
const PARTNERS = 10;

/**
 * Over the 38k Fragrantica catalog: partners for one perfume (candidate search, pre-score, whole
 * scoring of the shortlist, votes) beside the similar-perfumes query (one HNSW search with
 * reasons), and a pair analysis beside a perfume read by id. Each through the layering router.
 */
export async function run(): Promise<string[]> {
  const catalog = await importFragranticaCatalog(['perfume', 'recom']);
  if (!catalog) return [`layering: skipped, ${FRAGRANTICA_CATALOG} is absent`];
  const { databases, ids } = catalog;
  try {
    const deps = layeringDependenciesOf(databases);
    const layering = createLayeringRouter(deps).createCaller({ caller: null });
    const sampleIds = spread(ids, SAMPLES);
    const pairs = sampleIds.map((id, i) => [id, sampleIds[(i * 37 + 11) % sampleIds.length]!] as const);

    // Built once per catalog version (the service starts both when it starts listening).
    let started = performance.now();
    await deps.familyLeaders();
    const leadersMs = performance.now() - started;
    started = performance.now();
    await Promise.all([deps.lexicon.names(), deps.lexicon.vocabulary()]);
    const namesMs = performance.now() - started;
    // Warm both paths once (the first query plans).
    await layering.partners.fromCatalog({ perfumeId: sampleIds[0]!, limit: PARTNERS });
    await deps.perfumes.similar(sampleIds[0]!, PARTNERS);

    const similar = await timeEach(sampleIds, (id) => deps.perfumes.similar(id, PARTNERS));
    let offered = 0;
    let considered = 0;
    const partners = await timeEach(sampleIds, async (perfumeId) => {
      const found = await layering.partners.fromCatalog({ perfumeId, limit: PARTNERS });
      offered += found.items.length;
      considered += found.considered;
    });
    const moodIds = spread(sampleIds, 50);
    const withMood = await timeEach(moodIds, (perfumeId) =>
      layering.partners.fromCatalog({ perfumeId, mood: '더 시원하게', limit: PARTNERS }),
    );
    const byId = await timeEach(sampleIds, (id) => deps.perfumes.findById(id));
    let refused = 0;
    const analyze =
      (router: typeof layering) =>
      async ([a, b]: readonly [number, number]) =>
        router.pair.analyze({ a, b }).catch(() => {
          refused++;
        });
    // Perfumes the partner searches above never read: every profile comes from the database.
    const coldRouter = createLayeringRouter(layeringDependenciesOf(databases)).createCaller({ caller: null });
    const coldIds = spread(ids.slice(Math.floor(ids.length / (2 * SAMPLES))), 2 * SAMPLES);
    const coldPairs = sampleIds.map((_, i) => [coldIds[2 * i]!, coldIds[2 * i + 1]!] as const);
    const cold = await timeEach(coldPairs, analyze(coldRouter));
    const pair = await timeEach([...pairs], analyze(layering));

    return [
      `layering: ${ids.length.toLocaleString('en-US')} perfumes from ${path.basename(FRAGRANTICA_CATALOG)}, embedded database, ${SAMPLES} samples each, one client`,
      line(`similar perfumes, ${PARTNERS} (baseline)`, similar),
      line(
        `partners, ${PARTNERS}`,
        partners,
        `  ${(partners.p50 / similar.p50).toFixed(1)}× baseline; ${Math.round(considered / SAMPLES)} candidates, ${(offered / SAMPLES).toFixed(1)} offered on average`,
      ),
      line(
        `partners with a mood (${moodIds.length} samples)`,
        withMood,
        `  ${(withMood.p50 / similar.p50).toFixed(1)}× baseline`,
      ),
      line('perfume by id (baseline)', byId),
      line('pair analysis, profiles read', cold, `  ${(cold.p50 / byId.p50).toFixed(1)}× baseline`),
      line('pair analysis, profiles cached', pair, `  ${(pair.p50 / byId.p50).toFixed(1)}× baseline`),
      `  ${refused} of ${2 * SAMPLES} pairs refused as one perfume or one line`,
      `  once per catalog version: family leaders ${(leadersMs / 1000).toFixed(2)} s, name index and words ${(namesMs / 1000).toFixed(2)} s`,
    ];
  } finally {
    await databases.close();
  }
}
