import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createScentmapService } from '../apps/scentmap/src/service';
import { FIRST_FRAME_MARK } from '../apps/web/src/map/firstFrameMark';
import { hasChromium, launchBrowser } from '../e2e/support/browser';
import { openMappedCatalog } from './support/mapCatalog';
import { startWebServer, type WebBuild, type WebServer, webBuildCopy } from './support/webServer';

const root = path.resolve(import.meta.dirname, '..');
const CATALOG_38K = path.resolve(root, '../shared/data/fragrantica-38k.csv');
const AUTH_SECRET = 'map-drawing-bench-secret-long-enough!!';
const VIEWPORT = { width: 1280, height: 900 };
const COLD_RUNS = 3;
const PAN_SECONDS = 4;
const PAN_RUNS = 3;
const DRAWN = '[data-testid="map-canvas"][data-state="drawn"]';

interface PageFigures {
  firstFrameMs: number;
  firstPaintMs: number;
  pointsKb: number;
  pointsMs: number;
}

interface PanFigures {
  framesPerSecond: number;
  animationFramesPerSecond: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fps = (value: number) => value.toFixed(0).padStart(3);

/** Opens /map and reads the first drawn frame and the first paint of the shell, both from navigation start. */
async function openMap(page: Page, url: string): Promise<PageFigures> {
  await page.goto(`${url}/map`);
  await page.locator(DRAWN).waitFor({ timeout: 120_000 });
  return page.evaluate((mark) => {
    const points = performance
      .getEntriesByType('resource')
      .find((entry): entry is PerformanceResourceTiming => entry.name.includes('/map/points'));
    return {
      firstFrameMs: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      pointsKb: (points?.encodedBodySize ?? 0) / 1024,
      pointsMs: points?.duration ?? Number.NaN,
    };
  }, FIRST_FRAME_MARK);
}

/**
 * A drag in the page itself: a press on the canvas, then one mouse move per animation frame for
 * `seconds` (as a mouse at 60 Hz or more sends them), then the release. Driven from the page so
 * that the tool's input round trip (tens of ms per event here) does not set the pace. Resolves
 * to the frames the map drew (its `data-frames` counter) and the animation frames, over the time.
 */
const panScript = (selector: string, seconds: number) => `new Promise((resolve) => {
  const frame = document.querySelector(${JSON.stringify(selector)});
  const canvas = frame.querySelector('canvas') || frame;
  const box = canvas.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const drawn = () => Number(frame.dataset.frames || 0);
  const mouse = (type, target, x, y) =>
    target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, buttons: 1, bubbles: true }));
  mouse('mousedown', canvas, cx, cy);
  const started = performance.now();
  const framesBefore = drawn();
  let step = 0;
  const move = () => {
    step += 1;
    mouse('mousemove', window, cx + Math.sin(step / 15) * 180, cy + Math.cos(step / 21) * 110);
    const elapsed = performance.now() - started;
    if (elapsed < ${seconds * 1000}) return requestAnimationFrame(move);
    mouse('mouseup', window, cx, cy);
    resolve({ seconds: elapsed / 1000, frames: drawn() - framesBefore, animationFrames: step });
  };
  requestAnimationFrame(move);
})`;

async function pan(page: Page, selector: string): Promise<PanFigures> {
  const result = (await page.evaluate(panScript(selector, PAN_SECONDS))) as {
    seconds: number;
    frames: number;
    animationFrames: number;
  };
  return {
    framesPerSecond: result.frames / result.seconds,
    animationFramesPerSecond: result.animationFrames / result.seconds,
  };
}

/** The empty-canvas baseline: what the headless browser itself gives during the same drag. */
async function emptyCanvas(browser: Browser): Promise<PanFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // Its "frames drawn" are its animation frames: an empty canvas has nothing more to draw.
  await page.setContent(
    '<div data-testid="empty" style="position:fixed;inset:0"><canvas style="width:100%;height:100%"></canvas></div>',
  );
  const figures = await pan(page, '[data-testid="empty"]');
  await context.close();
  return figures;
}

async function measure(browser: Browser, web: WebServer) {
  const cold: PageFigures[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    cold.push(await openMap(await context.newPage(), web.url));
    await context.close();
  }
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await openMap(page, web.url);
  // Again in the same tab: the scripts and the points come from the browser's cache (revalidated by ETag).
  const warm = await openMap(page, web.url);
  const pans: PanFigures[] = [];
  for (let run = 0; run < PAN_RUNS; run++) pans.push(await pan(page, '[data-testid="map-canvas"]'));
  await context.close();
  const panned: PanFigures = {
    framesPerSecond: median(pans.map((figures) => figures.framesPerSecond)),
    animationFramesPerSecond: median(pans.map((figures) => figures.animationFramesPerSecond)),
  };
  return {
    firstFrameMs: median(cold.map((figures) => figures.firstFrameMs)),
    firstPaintMs: median(cold.map((figures) => figures.firstPaintMs)),
    pointsKb: median(cold.map((figures) => figures.pointsKb)),
    pointsMs: median(cold.map((figures) => figures.pointsMs)),
    warmFirstFrameMs: warm.firstFrameMs,
    panned,
  };
}

interface Served {
  name: string;
  points: number;
  close(): Promise<void>;
  web: WebServer;
}

async function serve(build: WebBuild, name: string, file: string | null): Promise<Served> {
  const { databases, points } = await openMappedCatalog(file);
  const service = createScentmapService(databases, { authSecret: AUTH_SECRET, corsOrigins: [], mapPollMs: 0 });
  const port = await service.host.listen(0, '127.0.0.1');
  const web = await startWebServer(build, {
    SCENTMAP_URL: `http://127.0.0.1:${port}`,
    // The map page asks nothing of the other services; these addresses are never called.
    BACKEND_URL: 'http://127.0.0.1:9',
    LAYERING_URL: 'http://127.0.0.1:9',
    AUTH_SECRET,
  });
  return {
    name,
    points,
    web,
    async close() {
      await web.stop();
      await service.host.close();
      await databases.close();
    },
  };
}

/**
 * The scent map page in headless Chromium with software WebGL (SwiftShader): the time to its
 * first drawn frame and the frames drawn per second during a scripted drag, with the 38k catalog
 * beside the same page with the shipped 343 perfumes and beside an empty canvas. `npm run bench
 * -- map-drawing`; builds the web app first (cached) and computes the 38k map (a few minutes).
 */
export async function run(): Promise<string[]> {
  if (!hasChromium) return ['  skipped: /usr/bin/chromium is not installed'];
  if (!existsSync(CATALOG_38K)) return [`  skipped: ${CATALOG_38K} is absent`];
  const build = await webBuildCopy();
  const served: Served[] = [];
  const browser = await launchBrowser();
  if (!browser) return ['  skipped: Chromium did not start'];
  try {
    const baseline = await emptyCanvas(browser);
    served.push(await serve(build, 'shipped catalog', null));
    // `--catalog=shipped` leaves the 38k catalog out (a quick run of the measurements themselves).
    if (!process.argv.includes('--catalog=shipped'))
      served.push(await serve(build, '38k Fragrantica CSV', CATALOG_38K));
    const lines = [
      `  headless Chromium ${browser.version()}, SwiftShader (software WebGL), ${VIEWPORT.width}×${VIEWPORT.height}; cold = a fresh browser context, median of ${COLD_RUNS}; panning: median of ${PAN_RUNS} drags of ${PAN_SECONDS} s`,
      '',
      '  | page | points | first frame (cold) | first frame (warm) | shell painted | points download | fps while panning | animation frames/s |',
      '  | --- | --- | --- | --- | --- | --- | --- | --- |',
      `  | empty canvas (baseline) | 0 | | | | | ${fps(baseline.animationFramesPerSecond)} | ${fps(baseline.animationFramesPerSecond)} |`,
    ];
    for (const catalog of served) {
      const figures = await measure(browser, catalog.web);
      lines.push(
        `  | /map, ${catalog.name} | ${catalog.points.toLocaleString('en-US')} | ${s(figures.firstFrameMs)} | ${s(figures.warmFirstFrameMs)} | ${s(figures.firstPaintMs)} | ${figures.pointsKb.toFixed(0)} KB in ${s(figures.pointsMs)} | ${fps(figures.panned.framesPerSecond)} | ${fps(figures.panned.animationFramesPerSecond)} |`,
      );
    }
    lines.push('', '  targets: first frame ≤ 2 s and ≥ 30 fps while panning, with 38k points');
    return lines;
  } finally {
    await browser.close();
    for (const catalog of served) await catalog.close();
    build.remove();
  }
}
