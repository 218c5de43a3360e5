import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { computeMap } from './computeMap';
import type { MapData } from './mapData';
import type { MapInput } from './mapFacts';

/** A computed map and its stored form (gzipped JSON). */
export interface ComputedMap {
  data: MapData;
  payload: Uint8Array;
}

export type MapComputer = (input: MapInput, computedAt: Date) => Promise<ComputedMap>;

/** On this thread: for the command line, where nothing else waits. */
export const computeMapHere: MapComputer = async (input, computedAt) => {
  const data = computeMap(input, computedAt);
  return { data, payload: gzipSync(JSON.stringify(data)) };
};

/**
 * The worker runs the TypeScript sources as the service does: with tsx's loader, inherited when
 * the process already runs under it (`tsx`, `node --import tsx`), added otherwise (a test runner).
 */
function workerArguments(): string[] {
  const underTsx = process.execArgv.some((argument) => argument.includes('tsx'));
  return underTsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
}

/** In a worker thread: the service keeps answering while the projection runs. */
export const computeMapInWorker: MapComputer = (input, computedAt) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), {
      workerData: { input, computedAt: computedAt.toISOString() },
      execArgv: workerArguments(),
    });
    // The service's server keeps the process alive; a stopping process need not wait for a map.
    worker.unref();
    let settled = false;
    worker.once('message', (message: ComputedMap) => {
      settled = true;
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The map layout worker stopped with code ${code}`));
    });
  });
