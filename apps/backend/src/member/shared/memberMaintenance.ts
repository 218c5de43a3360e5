import { WITHDRAWAL_RECOVERY_DAYS } from '@scentence/api/schemas';
import type { MemberDependencies } from './memberDependencies';

const DAY_MS = 86_400_000;

/**
 * Clears every member whose 30 days of recovery have passed, their wardrobes (before the purge
 * commits, so a failure there purges nobody and the next run tries again) and their profile images.
 */
export async function purgeExpiredWithdrawals(deps: MemberDependencies): Promise<number> {
  const cutoff = new Date(deps.clock().getTime() - WITHDRAWAL_RECOVERY_DAYS * DAY_MS);
  const outcome = await deps.members.purgeWithdrawals(cutoff, deps.wardrobes?.deleteMembers);
  for (const key of outcome.imageKeys) {
    await deps.storage.delete(key).catch((error: unknown) => deps.log(`could not delete ${key}`, error));
  }
  return outcome.purged;
}

/** The purge, plus dropping throttle events no window can see and refresh tokens past their expiry. */
export async function runMemberMaintenance(deps: MemberDependencies): Promise<number> {
  const purged = await purgeExpiredWithdrawals(deps);
  const longestWindow = Math.max(...Object.values(deps.settings.limits).map((limit) => limit.windowMs));
  await deps.members.pruneRateLimitEvents(new Date(deps.clock().getTime() - longestWindow));
  await deps.members.pruneRefreshTokens(deps.clock());
  return purged;
}

/**
 * Runs the maintenance soon after start and then every `intervalMs`, on timers that never keep
 * the process alive. Safe with several replicas (the purge skips rows another one holds).
 * Returns the stop function.
 */
export function scheduleMemberMaintenance(deps: MemberDependencies, intervalMs: number): () => void {
  if (intervalMs <= 0) return () => {};
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    runMemberMaintenance(deps)
      .then((purged) => {
        if (purged > 0) deps.log(`purged ${purged} withdrawn member(s)`);
      })
      .catch((error: unknown) => deps.log('member maintenance failed', error))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, Math.min(intervalMs, 30_000));
  const every = setInterval(run, intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
