import { MessageError, operationDocs, publicProcedure, type ServiceContext } from '@scentence/api';
import {
  memberIdSchema,
  scentTypeCardSchema,
  scentTypeCreateInputSchema,
  scentTypeIdInputSchema,
  type TasteProfile,
} from '@scentence/api/schemas';
import type { PerfumeRepository, WardrobeTaste } from '@scentence/db';
import type { WeightedPerfume } from '@scentence/domain/taste';
import type { TRPCRouterRecord } from '@trpc/server';
import type { CardTokens } from './cardToken';
import { readScentType, scentTypeCard } from './scentType';

const docs = operationDocs('scent-type');
/** Candidates asked of the index: the first that is neither explored nor owned is the one. */
const CANDIDATES = 5;

export interface ScentTypeDependencies {
  perfumes: PerfumeRepository;
  /** Absent without recom_db: every card is then read from the exploration alone. */
  taste: WardrobeTaste | undefined;
  tokens: CardTokens;
  clock: () => Date;
}

interface OwnedTaste {
  profile: TasteProfile | null;
  weights: WeightedPerfume[];
  owned: number[];
}

/** A signed-in member's taste when they let their wardrobe be used; a guest's (or a service's) is empty. */
async function ownedTaste(ctx: ServiceContext, taste: WardrobeTaste | undefined): Promise<OwnedTaste> {
  const memberId = ctx.caller && ctx.caller.role !== 'service' ? ctx.caller.memberId : null;
  if (!taste || !memberId || !memberIdSchema.safeParse(memberId).success)
    return { profile: null, weights: [], owned: [] };
  const read = await taste.tasteProfileOf(memberId);
  if (!read.enabled) return { profile: null, weights: [], owned: [] };
  return { profile: read.profile, weights: read.weights, owned: read.entries.map((entry) => entry.perfumeId) };
}

/** The scent type card: made from what was explored and owned, and shown again from its id. */
export function scentTypeProcedures(deps: ScentTypeDependencies) {
  async function tryNextOf(exploredIds: readonly number[], owned: OwnedTaste): Promise<number | null> {
    const liked: WeightedPerfume[] = [
      ...exploredIds.map((perfumeId) => ({ perfumeId, weight: 1 })),
      ...owned.weights.filter((weighted) => weighted.weight > 0),
    ];
    if (liked.length === 0) return null;
    const exclude = [...new Set([...exploredIds, ...owned.owned])];
    const [best] = await deps.perfumes.nearestToTaste(liked, CANDIDATES, exclude);
    return best?.perfumeId ?? null;
  }

  async function summaryOf(id: number | null) {
    if (id === null) return null;
    const [perfume] = await deps.perfumes.findSummaries([id]);
    return perfume ?? null;
  }

  return {
    create: publicProcedure
      .meta(
        docs.post(
          '/map/scent-type',
          'Make my scent type card from what I explored on the map (and my wardrobe when signed in)',
          {
            description:
              'Guests get a card from their exploration alone; a signed-in member with "use my wardrobe" on also from what they own and like. The card\'s `id` is a signed share id for `GET /map/scent-type/{id}`; it carries no identity',
          },
        ),
      )
      .input(scentTypeCreateInputSchema)
      .output(scentTypeCardSchema)
      .mutation(async ({ ctx, input }) => {
        const owned = await ownedTaste(ctx, deps.taste);
        const requested = [...new Set(input.explored)];
        const facts = await deps.perfumes.tasteFacts(requested);
        const explored = requested.filter((id) => facts.has(id));
        const reading = readScentType(
          explored.map((id) => facts.get(id)?.accords ?? []),
          owned.profile,
        );
        const tryNextId = reading.basis === 'none' ? null : await tryNextOf(explored, owned);
        const createdAt = new Date(Math.floor(deps.clock().getTime() / 1000) * 1000);
        const id = deps.tokens.encode({ reading, tryNextId, createdAt });
        return scentTypeCard(reading, await summaryOf(tryNextId), id, createdAt);
      }),

    get: publicProcedure
      .meta(
        docs.get('/map/scent-type/{id}', 'A scent type card by its share id (the share page and its preview image)', {
          errors: { 404: 'No card has this id: it is cut short or altered (`scentTypeNotFound`).' },
        }),
      )
      .input(scentTypeIdInputSchema)
      .output(scentTypeCardSchema)
      .query(async ({ input }) => {
        const content = deps.tokens.decode(input.id);
        if (!content) throw new MessageError({ code: 'NOT_FOUND', key: 'scentTypeNotFound' });
        return scentTypeCard(content.reading, await summaryOf(content.tryNextId), input.id, content.createdAt);
      }),
  } satisfies TRPCRouterRecord;
}
