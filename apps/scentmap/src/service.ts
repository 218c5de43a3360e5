import { createServiceHost } from '@scentence/api/host';
import { createPerfumeRepository, type Databases } from '@scentence/db';
import { createScentmapRouter } from './router';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
}

export function createScentmapService(databases: Databases, settings: ServiceSettings) {
  const perfumes = createPerfumeRepository(databases.get('perfume'));
  const router = createScentmapRouter({ perfumes });
  const host = createServiceHost({
    service: 'scentmap',
    title: 'Scentence scent map',
    version: '1.0.0',
    description: 'The 2-D map of the catalog, clusters, neighbours and "my wardrobe on the map".',
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    checkDatabase: perfumes.ping,
  });
  return { router, host };
}
