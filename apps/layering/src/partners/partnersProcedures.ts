import { operationDocs } from '@scentence/api';
import {
  type LayeringPartners,
  type LayeringPartnersQuery,
  layeringPartnersInputSchema,
  layeringPartnersSchema,
} from '@scentence/api/schemas';
import type { TRPCRouterRecord } from '@trpc/server';
import type { LayeringDependencies } from '../layeringDependencies';
import { ERROR_DOCS, perfumeNotFound, wardrobeUnavailable } from '../layeringErrors';
import { limitedProcedures } from '../limits/limitedProcedures';
import { memberIdOf } from '../memberOf';
import { readMood } from './moodSteering';
import { type PartnerRequest, partnersFromCatalog, partnersFromWardrobe } from './partnerSearch';

const docs = operationDocs('layering');

/** The perfume asked about, read whole, and the mood read from its words. */
async function partnerRequest(
  deps: LayeringDependencies,
  query: LayeringPartnersQuery,
  memberId: string | null,
): Promise<PartnerRequest> {
  const target = (await deps.profiles.load([query.perfumeId])).get(query.perfumeId);
  if (!target) throw perfumeNotFound(query.perfumeId);
  const steer = query.mood ? readMood(query.mood, query.intensity, await deps.lexicon.vocabulary()) : null;
  return { target, steer, limit: query.limit, memberId };
}

function catalogPartners(
  deps: LayeringDependencies,
  query: LayeringPartnersQuery,
  memberId: string | null,
): Promise<LayeringPartners> {
  return partnerRequest(deps, query, memberId).then((request) => partnersFromCatalog(deps, request));
}

export function partnersProcedures(deps: LayeringDependencies) {
  const { publicRead, memberRead } = limitedProcedures(deps.limiter);
  return {
    fromCatalog: publicRead
      .meta(
        docs.get(
          '/layering/partners',
          'The best partners for one perfume from the whole catalog, optionally steered by mood words',
          {
            description:
              'Only good and great pairs, best first; never the perfume itself, another concentration of it or a flanker. `mood` takes Korean or English words ("시원하게", "더 포근하게", "달지 않게", "warmer")',
            errors: { 404: ERROR_DOCS.noSuchPerfume, 429: ERROR_DOCS.tooManyRequests },
          },
        ),
      )
      .input(layeringPartnersInputSchema)
      .output(layeringPartnersSchema)
      .query(({ ctx, input }) => catalogPartners(deps, input, memberIdOf(ctx.caller))),

    fromWardrobe: memberRead
      .meta(
        docs.get('/layering/partners/wardrobe', 'Partners for one perfume among the perfumes I have in my wardrobe', {
          description:
            "Every perfume of the signed-in member's wardrobe (state `have`) scored with the perfume, best first, whatever the verdict; never the perfume itself, another concentration of it or a flanker",
          errors: {
            404: ERROR_DOCS.noSuchPerfume,
            429: ERROR_DOCS.tooManyRequests,
            503: ERROR_DOCS.wardrobeUnavailable,
          },
        }),
      )
      .input(layeringPartnersInputSchema)
      .output(layeringPartnersSchema)
      .query(async ({ ctx, input }) => {
        if (!deps.wardrobe) throw wardrobeUnavailable();
        const memberId = ctx.caller.memberId;
        const request = await partnerRequest(deps, input, memberId);
        return partnersFromWardrobe(deps, await deps.wardrobe.ownedPerfumeIds(memberId), request);
      }),
  } satisfies TRPCRouterRecord;
}
