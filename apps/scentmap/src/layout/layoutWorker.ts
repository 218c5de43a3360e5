import { parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { computeMap } from './computeMap';
import type { MapInput } from './mapFacts';

/** Runs in a worker thread: the projection takes its minute there, never on the service's thread. */
const { input, computedAt } = workerData as { input: MapInput; computedAt: string };
const data = computeMap(input, new Date(computedAt));
// A copy of its own: a small Buffer may sit in Node's shared pool, which must not be transferred.
const payload = new Uint8Array(gzipSync(JSON.stringify(data)));
parentPort?.postMessage({ data, payload }, [payload.buffer]);
