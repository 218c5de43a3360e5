import { createService, type ServiceSettings } from '@scentence/api/service';
import type { Databases } from '@scentence/db';
import { layeringDependenciesOf } from './layeringDependenciesOf';
import type { LayeringLimits } from './limits/layeringLimits';
import { createLayeringRouter } from './router';

export interface LayeringServiceOptions {
  /** LAYERING_READS_PER_MINUTE and LAYERING_VOTES_PER_MINUTE; their defaults when absent. */
  limits?: LayeringLimits;
}

export function createLayeringService(
  databases: Databases,
  settings: ServiceSettings,
  options: LayeringServiceOptions = {},
) {
  const deps = layeringDependenciesOf(databases, {}, options.limits);
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
