import { router } from '@scentence/api';
import { perfumeLookupProcedure, vocabularyProcedure } from '@scentence/api/routers';
import type { TRPCRouterRecord } from '@trpc/server';
import { askProcedures } from './ask/askProcedures';
import { feedbackProcedures } from './feedback/feedbackProcedures';
import type { LayeringDependencies } from './layeringDependencies';
import { pairProcedures } from './pair/pairProcedures';
import { partnersProcedures } from './partners/partnersProcedures';

export type { LayeringDependencies } from './layeringDependencies';

export function createLayeringRouter(deps: LayeringDependencies) {
  const pair = pairProcedures(deps);
  const partners = partnersProcedures(deps);
  const ask = askProcedures(deps);
  const feedback = feedbackProcedures(deps);
  return router({
    vocabulary: { get: vocabularyProcedure('vocabulary') },
    perfume: { lookup: perfumeLookupProcedure('perfumes', deps.perfumes.findSummaries) },
    pair: { analyze: pair.analyze },
    partners: { fromCatalog: partners.fromCatalog, fromWardrobe: partners.fromWardrobe },
    ask: { answer: ask.answer },
    feedback: { vote: feedback.vote, removeVote: feedback.removeVote },
  } satisfies TRPCRouterRecord);
}

export type LayeringRouter = ReturnType<typeof createLayeringRouter>;
