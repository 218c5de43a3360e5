import { createServiceHost } from '@scentence/api/host';
import { createPerfumeRepository, type Databases } from '@scentence/db';
import { createLayeringRouter } from './router';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
}

export function createLayeringService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const router = createLayeringRouter({ perfumes });
  const host = createServiceHost({
    service: 'layering',
    title: 'Scentence layering',
    version: '1.0.0',
    description: 'Pair analysis, partner recommendations and layering feedback.',
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    checkDatabase: perfumes.ping,
  });
  return { router, host };
}
