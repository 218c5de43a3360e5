import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. ` +
        'Two processes must never open one embedded database: stop it first, or go through the running service.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid holding a data folder's lock, or null when it is free (a stale lock from a dead process is free). */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'scentence.lock'), 'utf8'));
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the data folder for this process; throws DataDirInUseError when a live process holds it. */
export function lockDataDir(dataDir: string): () => void {
  const holder = lockHolder(dataDir);
  if (holder !== null) throw new DataDirInUseError(dataDir, holder);
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'scentence.lock');
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}
