import { operationDocs } from '@scentence/api';
import {
  layeringPairInputSchema,
  layeringVoteInputSchema,
  layeringVoteRemovedSchema,
  layeringVoteResultSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { LayeringDependencies } from '../layeringDependencies';
import { ERROR_DOCS, sameLineRefused, votesUnavailable, wardrobeUnavailable } from '../layeringErrors';
import { limitedProcedures } from '../limits/limitedProcedures';
import { communityOfPair, loadPair, pairRefusal } from '../pair/pairService';

const docs = operationDocs('layering');

/** Both perfumes exist and make a pair that can be layered (a vote on a perfume with itself means nothing). */
async function checkPair(deps: LayeringDependencies, a: number, b: number) {
  if (a === b) throw sameLineRefused('same', { a: String(a), b: String(b) });
  const pair = await loadPair(deps, a, b);
  const refusal = pairRefusal(pair.a, pair.b);
  if (refusal) {
    throw sameLineRefused(refusal.kind, {
      a: `${pair.a.summary.brand} ${pair.a.summary.name}`,
      b: `${pair.b.summary.brand} ${pair.b.summary.name}`,
    });
  }
}

export function feedbackProcedures(deps: LayeringDependencies) {
  const { memberVote } = limitedProcedures(deps.limiter);
  return {
    vote: memberVote
      .meta(
        docs.put(
          '/layering/votes',
          'Vote 👍 or 👎 on a pair (one vote per member per pair, in either order; voting again changes it)',
          {
            description:
              "With `wish` and 👍, `b` also goes on my wardrobe's WISH list when it is not in my wardrobe yet. Answers the pair's counts",
            errors: {
              400: ERROR_DOCS.pairRefused,
              404: ERROR_DOCS.noSuchPerfume,
              429: ERROR_DOCS.tooManyRequests,
              503: `${ERROR_DOCS.votesUnavailable} ${ERROR_DOCS.wardrobeUnavailable}`,
            },
          },
        ),
      )
      .input(layeringVoteInputSchema)
      .output(layeringVoteResultSchema)
      .mutation(async ({ ctx, input }) => {
        const { votes, wardrobe } = deps;
        if (!votes) throw votesUnavailable();
        const wants = input.wish && input.vote === 'up';
        if (wants && !wardrobe) throw wardrobeUnavailable();
        await checkPair(deps, input.a, input.b);
        const memberId = ctx.caller.memberId;
        await votes.cast(memberId, input.a, input.b, input.vote);
        const wishlisted = wants && wardrobe ? await wardrobe.wish(memberId, input.b) : false;
        return { community: await communityOfPair(deps, input.a, input.b, memberId), wishlisted };
      }),

    removeVote: memberVote
      .meta(
        docs.delete('/layering/votes', 'Take back my vote on a pair', {
          description: "Answers whether there was a vote, and the pair's counts",
          errors: { 429: ERROR_DOCS.tooManyRequests, 503: ERROR_DOCS.votesUnavailable },
        }),
      )
      .input(layeringPairInputSchema)
      .output(layeringVoteRemovedSchema)
      .mutation(async ({ ctx, input }) => {
        if (!deps.votes) throw votesUnavailable();
        const memberId = ctx.caller.memberId;
        const removed = await deps.votes.remove(memberId, input.a, input.b);
        return { removed, community: await communityOfPair(deps, input.a, input.b, memberId) };
      }),
  } satisfies TRPCRouterRecord;
}
