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

/** A brand merge on a perfume server must also reach the members' references in recom_db. */
export class RecomDatabaseMissingError extends Error {
  constructor() {
    super(
      '--merge-brands는 회원의 옷장과 레이어링 평가도 옮기므로 RECOM_DATABASE_URL(또는 DATABASE_URL)이 필요합니다.\n' +
        "--merge-brands also moves members' wardrobe entries and layering votes: set RECOM_DATABASE_URL (or DATABASE_URL).",
    );
    this.name = 'RecomDatabaseMissingError';
  }
}

/**
 * Opens perfume_db (and recom_db when asked): the servers named by PERFUME_DATABASE_URL and
 * RECOM_DATABASE_URL (or DATABASE_URL), else the embedded ones under DATA_DIR, refusing (before
 * touching them) when a running system holds them.
 */
export async function openCatalogDatabase(
  env: CliEnv,
  open: readonly ('perfume' | 'recom')[] = ['perfume'],
): Promise<{ databases: Databases; embedded: boolean }> {
  const urls = databaseUrlsOf(env);
  const wanted = { perfume: urls.perfume, ...(open.includes('recom') && { recom: urls.recom }) };
  if (urls.perfume) {
    if (open.includes('recom') && !urls.recom) throw new RecomDatabaseMissingError();
    return { databases: await openDatabases({ urls: wanted, open, maxConnections: 2 }), embedded: false };
  }
  const holder = lockHolder(embeddedPerfumeDir(env));
  if (holder !== null) throw new SystemRunningError(holder);
  try {
    const databases = await openDatabases({ urls: wanted, dataDir: path.resolve(env.DATA_DIR), open });
    return { databases, embedded: true };
  } catch (error) {
    // The system may have started between the check and the open.
    if (error instanceof DataDirInUseError) throw new SystemRunningError(error.pid);
    throw error;
  }
}
