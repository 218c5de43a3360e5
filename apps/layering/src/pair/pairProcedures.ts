import { operationDocs } from '@scentence/api';
import { layeringPairInputSchema, layeringPairSchema } from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { LayeringDependencies } from '../layeringDependencies';
import { ERROR_DOCS } from '../layeringErrors';
import { limitedProcedures } from '../limits/limitedProcedures';
import { memberIdOf } from '../memberOf';
import { analyzePairById } from './pairService';

const docs = operationDocs('layering');

export function pairProcedures(deps: LayeringDependencies) {
  const { publicRead } = limitedProcedures(deps.limiter);
  return {
    analyze: publicRead
      .meta(
        docs.get(
          '/layering/pair',
          'How two perfumes layer: score, verdict, reasons, how and when to wear them, and the blend',
          {
            description:
              "Either order gives the same answer. With a member token the answer includes the member's own vote on the pair",
            errors: { 400: ERROR_DOCS.pairRefused, 404: ERROR_DOCS.noSuchPerfume, 429: ERROR_DOCS.tooManyRequests },
          },
        ),
      )
      .input(layeringPairInputSchema)
      .output(layeringPairSchema)
      .query(({ ctx, input }) => analyzePairById(deps, input.a, input.b, memberIdOf(ctx.caller))),
  } satisfies TRPCRouterRecord;
}
