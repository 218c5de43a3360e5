import { createService, type ServiceSettings } from '@scentence/api/service';
import type { Databases } from '@scentence/db';
import { layeringDependenciesOf } from './layeringDependenciesOf';
import { createLayeringRouter } from './router';

export function createLayeringService(databases: Databases, settings: ServiceSettings) {
  const deps = layeringDependenciesOf(databases);
  return createService(
    {
      service: 'layering',
      title: 'Scentence layering',
      description:
        "Pair analysis, partner recommendations, layering questions in Korean and English, and members' votes on pairs.",
      router: createLayeringRouter(deps),
      async checkDatabase() {
        await deps.perfumes.ping();
        await deps.votes?.ping();
      },
      afterListen() {
        // What is built from the whole catalog (the name index takes about a second for 38k
        // perfumes) is built before the first request needs it.
        deps.lexicon.names().catch(() => {});
        deps.lexicon.vocabulary().catch(() => {});
        deps.familyLeaders().catch(() => {});
      },
    },
    settings,
  );
}
