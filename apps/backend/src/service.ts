import { createServiceHost } from '@scentence/api/host';
import { createPerfumeRepository, type Databases } from '@scentence/db';
import { createBackendRouter } from './router';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
}

/** The backend's host around already-open databases (standalone or inside the embedded launcher). */
export function createBackendService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const router = createBackendRouter({ perfumes });
  const host = createServiceHost({
    service: 'backend',
    title: 'Scentence backend',
    version: '1.0.0',
    description: 'Members, the perfume catalog (search, detail, similar), wardrobe and chat.',
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    checkDatabase: perfumes.ping,
  });
  return { router, host };
}
