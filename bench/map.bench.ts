import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Matrix, PCA } from '@saehrimnir/druidjs';
import {
  createMapLayoutRepository,
  createPerfumeRepository,
  type Databases,
  type MapLayoutRepository,
} from '@scentence/db';
import { computeMapInWorker } from '../apps/scentmap/src/layout/computeMapOffThread';
import { LAYOUT_VECTOR_DIMENSIONS, layoutVectors } from '../apps/scentmap/src/layout/layoutVector';
import { MAP_NOTE_LIMIT } from '../apps/scentmap/src/layout/mapFacts';
import { EXACT_SIMILARITY, projectBySimilarity } from '../apps/scentmap/src/layout/similarityLayout';
import { createScentmapService } from '../apps/scentmap/src/service';
import { openCatalog, saveComputedMap } from './support/mapCatalog';
import { neighbourhoodPreservation } from './support/neighbourhoodPreservation';
import { timingLine as line, percentiles } from './support/timing';

const root = path.resolve(import.meta.dirname, '..');
const CATALOGS = [
  { name: 'shipped catalog', file: null },
  { name: '4k Scentence TSV', file: path.resolve(root, '../shared/data/scentence-perfume-info.tsv') },
  { name: '38k Fragrantica CSV', file: path.resolve(root, '../shared/data/fragrantica-38k.csv') },
] as const;
const REQUESTS = 60;
/** Perfumes whose neighbourhoods are checked in a large catalog (each against the whole catalog); all of a small one. */
const QUALITY_SAMPLE = 2_000;
const QUALITY_ALL_BELOW = 5_000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Peak resident memory of the process while `work` runs, sampled every 100 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const result = await work();
    return { result, peakMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

function getOnce(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now() - started));
      })
      .on('error', reject);
  });
}

async function latency(url: string, headers: Record<string, string> = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const timings: number[] = [];
  for (let i = 0; i < REQUESTS; i++) timings.push(await getOnce(agent, url, headers));
  agent.destroy();
  return percentiles(timings);
}

/** A bare node:http server answering the same bytes from memory: what the host adds is measured against it. */
async function bareServer(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type CatalogFacts = Awaited<ReturnType<MapLayoutRepository['catalogFacts']>>;
type MapPoints = Awaited<ReturnType<typeof computeMapInWorker>>['data']['points'];
/** Of each perfume's 10 nearest (64-D), the share among its 10 nearest on a plane, as text. */
type KeptOf = (x: ArrayLike<number>, y: ArrayLike<number>) => string;

/**
 * The similarity projection beside its baselines, on this thread: PCA to two dimensions of the
 * same vectors (instant, but neighbourhoods are lost), PaCMAP's exact neighbour search over every
 * pair (the way it was) and the way it is.
 */
function measureProjections(facts: CatalogFacts) {
  // PCA's time includes building the vectors.
  let started = performance.now();
  const vectors = layoutVectors(
    facts.perfumes,
    facts.notes.map((note) => note.id),
  );
  const matrix = new Matrix(facts.perfumes.length, LAYOUT_VECTOR_DIMENSIONS, 0);
  matrix.values.set(vectors);
  const pca = (PCA.transform(matrix, { d: 2, seed: 1 }) as Matrix).values;
  const pcaMs = performance.now() - started;
  const checked = facts.perfumes.length < QUALITY_ALL_BELOW ? facts.perfumes.length : QUALITY_SAMPLE;
  const kept: KeptOf = (x, y) =>
    neighbourhoodPreservation(vectors, LAYOUT_VECTOR_DIMENSIONS, x, y, { sample: checked }).toFixed(3);
  const ids = facts.perfumes.map((perfume) => perfume.id);
  started = performance.now();
  const before = projectBySimilarity(vectors, LAYOUT_VECTOR_DIMENSIONS, ids, EXACT_SIMILARITY);
  const beforeMs = performance.now() - started;
  started = performance.now();
  const now = projectBySimilarity(vectors, LAYOUT_VECTOR_DIMENSIONS, ids);
  const nowMs = performance.now() - started;
  const pcaKept = kept(
    pca.filter((_, i) => i % 2 === 0),
    pca.filter((_, i) => i % 2 === 1),
  );
  return {
    kept,
    pcaMs,
    lines: [
      `    neighbours kept: of each perfume's 10 nearest (64-D), the share among its 10 nearest on the map (${checked} perfumes checked)`,
      `    PCA to 2-D (baseline)                    ${seconds(pcaMs)}  kept ${pcaKept}`,
      `    PaCMAP, exact neighbours (before)        ${seconds(beforeMs)}  kept ${kept(before.x, before.y)}`,
      `    PaCMAP, NN-descent neighbours (now)      ${seconds(nowMs)}  kept ${kept(now.x, now.y)}  (${(nowMs / Math.max(beforeMs, 1)).toFixed(2)}× before)`,
    ],
  };
}

/** The points payload as served (columnar) beside one object per perfume with the same fields. */
function payloadLines(points: MapPoints, storedBytes: number): { columnar: string; lines: string[] } {
  const columnar = JSON.stringify(points);
  const objects = JSON.stringify(
    points.ids.map((id, i) => ({
      id,
      x: points.layouts.similarity.x[i],
      y: points.layouts.similarity.y[i],
      wx: points.layouts.wheel.x[i],
      wy: points.layouts.wheel.y[i],
      cluster: points.layouts.similarity.cluster[i],
      wheelCluster: points.layouts.wheel.cluster[i],
      accord: points.dominantAccord[i],
      accords: points.accordMask[i],
      gender: points.gender[i],
      seasons: points.seasonMask[i],
      occasions: points.occasionMask[i],
      year: points.year[i],
      brand: points.brand[i],
      popularity: points.popularity[i],
    })),
  );
  const gzipped = gzipSync(columnar).length;
  const objectsGzipped = gzipSync(objects).length;
  return {
    columnar,
    lines: [
      `    points payload, columnar (ours)          raw ${kb(columnar.length)}, gzip ${kb(gzipped)}, brotli ${kb(brotliCompressSync(columnar).length)}`,
      `    points payload, an object each (baseline) raw ${kb(objects.length)}, gzip ${kb(objectsGzipped)}  (ours ${(gzipped / objectsGzipped).toFixed(2)}× gzipped)`,
      `    stored map (gzipped JSON)                ${kb(storedBytes)}`,
    ],
  };
}

/** The points API of a scent map service on these databases, beside a bare server answering the same bytes. */
async function servingLines(databases: Databases, columnar: string): Promise<string[]> {
  const service = createScentmapService(databases, {
    authSecret: 'map-bench-secret-that-is-long-enough!!',
    corsOrigins: [],
    mapPollMs: 0,
  });
  const port = await service.host.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  // The first answer runs the procedure (output check, JSON); the host then sends it from memory until the map changes.
  const started = performance.now();
  const first = await fetch(`${base}/api/map/points`);
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  const firstMs = performance.now() - started;
  const bare = await bareServer(columnar);
  const bareTimes = await latency(bare.url);
  const full = await latency(`${base}/api/map/points`);
  const notModified = await latency(`${base}/api/map/points`, { 'if-none-match': etag });
  const filters = await latency(`${base}/api/map/filters?accords=woody&season=winter`);
  await bare.close();
  await service.host.close();
  return [
    line('  bare node:http, same bytes (baseline)', bareTimes),
    `    GET /api/map/points, first answer        ${firstMs.toFixed(1)} ms (the procedure runs; later ones come from memory)`,
    line('  GET /api/map/points', full, `  ${(full.p50 / Math.max(bareTimes.p50, 0.001)).toFixed(1)}× baseline`),
    line('  GET /api/map/points, If-None-Match', notModified, '  304'),
    line('  GET /api/map/filters (2 filters)', filters),
  ];
}

async function benchCatalog(name: string, file: string | null): Promise<string[]> {
  if (file && !existsSync(file)) return [`  ${name}: skipped, ${file} is absent`];
  const databases = await openCatalog(file);
  try {
    const sql = databases.get('perfume');
    const maps = createMapLayoutRepository(sql);
    const catalogVersion = await createPerfumeRepository(sql).catalogVersion();

    let started = performance.now();
    const facts = await maps.catalogFacts(MAP_NOTE_LIMIT);
    const readMs = performance.now() - started;
    const projections = measureProjections(facts);

    started = performance.now();
    const { result: computed, peakMb } = await withPeakMemory(() =>
      computeMapInWorker({ catalogVersion, ...facts }, new Date()),
    );
    const layoutMs = performance.now() - started;
    await saveComputedMap(maps, catalogVersion, computed);
    const points = computed.data.points;
    const servedKept = projections.kept(points.layouts.similarity.x, points.layouts.similarity.y);
    const payload = payloadLines(points, computed.payload.length);

    return [
      `  ${name}: ${points.count} perfumes`,
      `    read the catalog's facts                 ${seconds(readMs)}`,
      ...projections.lines,
      `    layout: PaCMAP + wheel + clusters        ${seconds(layoutMs)}  kept ${servedKept}  (the whole job in a worker; ${(layoutMs / Math.max(projections.pcaMs, 1)).toFixed(0)}× PCA; peak RSS ${peakMb} MB)`,
      ...payload.lines,
      ...(await servingLines(databases, payload.columnar)),
    ];
  } finally {
    await databases.close();
  }
}

/**
 * The scent map over the shipped catalog, the 4k TSV and the 38k CSV: the similarity projection
 * and how well it keeps neighbourhoods beside the projection it replaced and PCA, the time to
 * compute the whole map, the points payload beside an object-per-perfume form, and the points API
 * beside a bare server answering the same bytes. `npm run bench -- map` runs all three (the 38k one
 * takes several minutes here: its import, the replaced projection, then its layout);
 * `--catalog=38k` (or `4k`, `shipped`) runs one.
 */
export async function run(): Promise<string[]> {
  const wanted = process.argv.find((arg) => arg.startsWith('--catalog='))?.slice('--catalog='.length);
  const lines: string[] = [];
  for (const catalog of CATALOGS) {
    if (wanted && !catalog.name.toLowerCase().includes(wanted.toLowerCase())) continue;
    lines.push(...(await benchCatalog(catalog.name, catalog.file)));
  }
  return lines;
}
