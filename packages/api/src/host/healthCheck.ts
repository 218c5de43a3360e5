import type http from 'node:http';
import type { Health } from '../schemas/common';
import { sendJson } from './hostResponses';

const HEALTH_TIMEOUT_MS = 2_000;

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** /health: 200 while the database answers in time, 503 `degraded` when it does not. */
export function createHealthCheck(
  service: string,
  checkDatabase: () => Promise<void>,
): (res: http.ServerResponse) => Promise<void> {
  return async (res) => {
    let db: Health['db'] = 'ok';
    try {
      await withTimeout(checkDatabase(), HEALTH_TIMEOUT_MS);
    } catch {
      db = 'down';
    }
    const body: Health = { status: db === 'ok' ? 'ok' : 'degraded', service, db };
    sendJson(res, db === 'ok' ? 200 : 503, body);
  };
}
