import { createServiceHost } from '@scentence/api/host';
import type { Databases } from '@scentence/db';
import { layeringDependenciesOf } from './layeringDependenciesOf';
import { createLayeringRouter } from './router';

export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
}

export function createLayeringService(databases: Databases, settings: ServiceSettings) {
  const deps = layeringDependenciesOf(databases);
  const router = createLayeringRouter(deps);
  const host = createServiceHost({
    service: 'layering',
    title: 'Scentence layering',
    version: '1.0.0',
    description:
      "Pair analysis, partner recommendations, layering questions in Korean and English, and members' votes on pairs.",
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    async checkDatabase() {
      await deps.perfumes.ping();
      await deps.votes?.ping();
    },
  });
  return {
    router,
    host: {
      ...host,
      async listen(port: number, hostname?: string) {
        const bound = await host.listen(port, hostname);
        // What is built from the whole catalog (the name index takes about a second for 38k
        // perfumes) is built before the first request needs it.
        deps.lexicon.names().catch(() => {});
        deps.lexicon.vocabulary().catch(() => {});
        deps.familyLeaders().catch(() => {});
        return bound;
      },
    },
  };
}
