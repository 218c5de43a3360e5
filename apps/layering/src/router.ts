import { router } from '@scentence/api';
import { createPerfumeLookupRouter, createVocabularyRouter } from '@scentence/api/routers';
import { askProcedures } from './ask/askProcedures';
import { feedbackProcedures } from './feedback/feedbackProcedures';
import type { LayeringDependencies } from './layeringDependencies';
import { pairProcedures } from './pair/pairProcedures';
import { partnersProcedures } from './partners/partnersProcedures';

export type { LayeringDependencies } from './layeringDependencies';

export function createLayeringRouter(deps: LayeringDependencies) {
  return router({
    vocabulary: createVocabularyRouter('vocabulary'),
    perfume: createPerfumeLookupRouter('perfumes', deps.perfumes.findSummaries),
    pair: router(pairProcedures(deps)),
    partners: router(partnersProcedures(deps)),
    ask: router(askProcedures(deps)),
    feedback: router(feedbackProcedures(deps)),
  });
}

export type LayeringRouter = ReturnType<typeof createLayeringRouter>;
