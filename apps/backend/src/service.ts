import { createServiceHost } from '@scentence/api/host';
import { createMemberRepository, createPerfumeRepository, type Databases } from '@scentence/db';
import type { MemberDependencies } from './member/memberDependencies';
import { scheduleMemberMaintenance } from './member/memberMaintenance';
import { DEFAULT_MEMBER_SETTINGS, type MemberSettings } from './member/memberSettings';
import { createBackendRouter } from './router';
import { createStorage } from './storage/createStorage';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
  /** Admins, abuse limits, purge interval, profile-image storage (`memberSettingsOf(env)`). */
  member?: MemberSettings;
}

const log = (message: string, error?: unknown) => console.error(`[backend] ${message}`, error ?? '');

/** The backend's host around already-open databases (standalone or inside the embedded launcher). */
export function createBackendService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const memberSettings = settings.member ?? DEFAULT_MEMBER_SETTINGS;
  const { storage, routes } = createStorage(memberSettings.storage, settings.authSecret);
  const memberSql = databases.sql.member;
  const members: MemberDependencies | undefined = memberSql && {
    members: createMemberRepository(memberSql),
    storage,
    settings: memberSettings,
    authSecret: settings.authSecret,
    clock: () => new Date(),
    log,
  };
  const router = createBackendRouter({ perfumes, members });
  const host = createServiceHost({
    service: 'backend',
    title: 'Scentence backend',
    version: '1.0.0',
    description: 'Members, the perfume catalog (search, detail, similar), wardrobe and chat.',
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    checkDatabase: perfumes.ping,
    extraRoutes: routes ?? undefined,
  });

  // The withdrawal purge runs while the host listens, on unref'd timers.
  let stopMaintenance = () => {};
  return {
    router,
    host: {
      ...host,
      async listen(port: number, hostname?: string) {
        const bound = await host.listen(port, hostname);
        if (members) stopMaintenance = scheduleMemberMaintenance(members, memberSettings.purgeIntervalMs);
        return bound;
      },
      async close() {
        stopMaintenance();
        await host.close();
      },
    },
  };
}
