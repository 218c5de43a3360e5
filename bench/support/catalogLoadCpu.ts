/**
 * CPU time the catalog-load servers spend: their process and, on PostgreSQL, the server
 * processes of their database. On a shared machine req/s moves with everyone else's work; the
 * CPU a request costs moves far less, and it is what bounds req/s once the cores are busy.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every usual kernel). */
const TICKS_PER_SECOND = 100;

/** utime + stime of one process, in ticks; 0 when it has gone. */
function ticksOf(pid: string): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** PostgreSQL's processes serving `database` (their title names it): the pool's connections. */
function databaseProcesses(database: string): string[] {
  const pids: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) pids.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Microseconds of CPU used so far by the servers' process and its database's processes. */
export function serversCpuMicros(pid: number, database: string | null): number {
  const pids = [String(pid), ...(database ? databaseProcesses(database) : [])];
  return (pids.reduce((sum, one) => sum + ticksOf(one), 0) * 1_000_000) / TICKS_PER_SECOND;
}
