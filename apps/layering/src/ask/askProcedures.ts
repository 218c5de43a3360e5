import { operationDocs } from '@scentence/api';
import { layeringAnswerSchema, layeringAskInputSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { LayeringDependencies } from '../layeringDependencies';
import { ERROR_DOCS } from '../layeringErrors';
import { limitedProcedures } from '../limits/limitedProcedures';
import { memberIdOf } from '../memberOf';
import { answerQuestion } from './askService';

const docs = operationDocs('layering');

export function askProcedures(deps: LayeringDependencies) {
  const { publicRead } = limitedProcedures(deps.limiter);
  return {
    answer: publicRead
      .meta(
        docs.get('/layering/ask', 'Answer a layering question in Korean or English', {
          description:
            "Finds the perfumes the question names (typos, spacing and either script forgiven) and answers by `kind`: `pair` (two perfumes), `partners` (one, steered by its mood words), `howTo` (how to apply), `clarify` (a name that fits several perfumes or none: candidates to pick from), `refused` (one perfume or one line twice) or `help`; `text` is a short answer in the question's language",
          errors: { 429: ERROR_DOCS.tooManyRequests },
        }),
      )
      .input(layeringAskInputSchema)
      .output(layeringAnswerSchema)
      .query(({ ctx, input }) => answerQuestion(deps, input, memberIdOf(ctx.caller))),
  } satisfies TRPCRouterRecord;
}
