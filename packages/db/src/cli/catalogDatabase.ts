import path from 'node:path';
import { databaseUrlsOf } from '@scentence/api/config';
import { type Databases, openDatabases } from '../connections';
import { DataDirInUseError, lockHolder } from '../embedded/dataDirLock';
import type { CliEnv } from './env';

/** The embedded perfume database belongs to a running system; the command must not open it too. */
export class SystemRunningError extends Error {
  constructor(readonly pid: number) {
    super(
      `시스템이 실행 중입니다 (pid ${pid}). 먼저 중지하거나, 서버로 가져오려면 PERFUME_DATABASE_URL을 설정하세요.\n` +
        `The system is running (pid ${pid}); stop it first or set PERFUME_DATABASE_URL to import into a server.`,
    );
    this.name = 'SystemRunningError';
  }
}

/** Where the embedded perfume database keeps its files for this configuration. */
export function embeddedPerfumeDir(env: Pick<CliEnv, 'DATA_DIR'>): string {
  return path.join(path.resolve(env.DATA_DIR), 'perfume');
}

/**
 * Opens perfume_db: the server named by PERFUME_DATABASE_URL (or DATABASE_URL), else the
 * embedded one under DATA_DIR, refusing (before touching it) when a running system holds it.
 */
export async function openCatalogDatabase(env: CliEnv): Promise<{ databases: Databases; embedded: boolean }> {
  const url = databaseUrlsOf(env).perfume;
  if (url) {
    return {
      databases: await openDatabases({ urls: { perfume: url }, open: ['perfume'], maxConnections: 2 }),
      embedded: false,
    };
  }
  const holder = lockHolder(embeddedPerfumeDir(env));
  if (holder !== null) throw new SystemRunningError(holder);
  try {
    const databases = await openDatabases({ urls: {}, dataDir: path.resolve(env.DATA_DIR), open: ['perfume'] });
    return { databases, embedded: true };
  } catch (error) {
    // The system may have started between the check and the open.
    if (error instanceof DataDirInUseError) throw new SystemRunningError(error.pid);
    throw error;
  }
}
