import { CHAT_PICKS_MAX, CHAT_RECIPIENTS, CHAT_RELATIONS } from '@scentence/api/schemas';
import { ACCORD_KEYS, GENDER_KEYS, OCCASION_KEYS, SEASON_KEYS } from '@scentence/api/vocabulary';
import { MOODS } from '@scentence/domain/intent';
import { zodFunction } from 'openai/helpers/zod';
import { z } from 'zod';
import type { RequestState } from '../../engine/dialogueState';
import { perfumeCard } from '../../engine/perfumeCards';
import { recommend } from '../../engine/recommend';
import { resolveHouse, resolveNote, resolvePerfume, type ToolContext } from './toolContext';

const MOOD_KEYS = MOODS.map((mood) => mood.key) as [string, ...string[]];

const requestParameters = z.object({
  recipient: z.enum(CHAT_RECIPIENTS).nullable().describe('self: for the person chatting; gift: for someone else'),
  relation: z.enum(CHAT_RELATIONS).nullable(),
  gender: z.enum(GENDER_KEYS).nullable().describe('the lean asked for, or implied by whom a gift is for'),
  season: z.enum(SEASON_KEYS).nullable(),
  occasion: z.enum(OCCASION_KEYS).nullable(),
  moods: z.array(z.enum(MOOD_KEYS)).describe('mood and image words, as these keys'),
  accords: z.array(z.enum(ACCORD_KEYS)),
  excludeAccords: z.array(z.enum(ACCORD_KEYS)).describe('"not sweet", "no woody"'),
  notes: z.array(z.string()).describe('note names in English or Korean'),
  excludeNotes: z.array(z.string()),
  brands: z.array(z.string()).describe('houses asked for, by name'),
  excludeBrands: z.array(z.string()).describe('"no Dior"'),
  reference: z.string().nullable().describe('a perfume the picks should resemble, by name or "#2" for a last pick'),
  count: z.number().int().nullable().describe(`perfumes wanted, 1 to ${CHAT_PICKS_MAX} (3 when not said)`),
});

/** What the model sends `recommend_perfumes`: the whole request, as names. */
export type RecommendArguments = z.infer<typeof requestParameters>;

function requestFrom(context: ToolContext, args: RecommendArguments): RequestState {
  const current = context.turn.dialogue.request;
  const resolved = (names: readonly string[], resolve: (name: string) => string | null) => [
    ...new Set(names.map(resolve).filter((key): key is string => key !== null)),
  ];
  const reference = args.reference ? resolvePerfume(context, args.reference) : null;
  return {
    recipient: args.recipient,
    relation: args.relation,
    gender: args.gender,
    season: args.season,
    occasion: args.occasion,
    moods: args.moods.map((key) => ({ key, weight: 1 })),
    accords: [...new Set(args.accords)],
    excludeAccords: [...new Set(args.excludeAccords)],
    notes: resolved(args.notes, (name) => resolveNote(context, name)),
    excludeNotes: resolved(args.excludeNotes, (name) => resolveNote(context, name)),
    brands: resolved(args.brands, (name) => resolveHouse(context, name)),
    excludeBrands: resolved(args.excludeBrands, (name) => resolveHouse(context, name)),
    reference,
    count: Math.min(CHAT_PICKS_MAX, Math.max(1, args.count ?? current.count)),
  };
}

async function recommendForModel(context: ToolContext, args: RecommendArguments) {
  const { turn, tools } = context;
  const request = requestFrom(context, args);
  turn.dialogue.request = request;
  const result = await recommend({
    request,
    recommended: turn.recommended,
    memberId: context.memberId,
    catalog: context.catalog,
    tools,
  });
  const reference =
    request.reference === null ? undefined : (await tools.facts([request.reference])).get(request.reference);
  const cards = result.picks.map((pick) =>
    perfumeCard(pick.facts, {
      mode: context.mode,
      request,
      constraints: pick.step.constraints,
      reference: reference ?? null,
      usedTaste: result.usedTaste,
    }),
  );
  const ids = cards.map((card) => card.perfume.id);
  turn.cards.push(...cards);
  turn.picked.push(...ids);
  turn.recommended.push(...ids);
  turn.kind = 'recommendation';
  turn.relaxed = [...new Set([...turn.relaxed, ...result.relaxed])];
  turn.usedTaste ||= result.usedTaste;
  turn.dialogue.lastPicks = ids;
  turn.dialogue.focus = ids[0] ?? turn.dialogue.focus;
  return {
    picks: cards.map((card, index) => ({
      number: index + 1,
      brand: card.perfume.brand,
      brandKo: card.perfume.brandKo,
      name: card.perfume.name,
      nameKo: card.perfume.nameKo,
      why: card.reasons.map((reason) => reason.en),
    })),
    relaxed: result.relaxed,
    usedWardrobeTaste: result.usedTaste,
    giftSoOwnTasteNotUsed: result.giftWithoutTaste,
  };
}

/**
 * Recommendations go through the offline engine's retrieval and constraint check: every pick meets
 * the request judged from the catalog, none twice in a thread, two per house, the member's taste
 * only for themselves.
 */
export function recommendTool(context: ToolContext) {
  return zodFunction({
    name: 'recommend_perfumes',
    description:
      'Recommend perfumes for the whole request as it now stands (send every field: the current request updated with the message). Returns the picks, each meeting the request judged from the catalog, and any condition that had to be relaxed.',
    parameters: requestParameters,
    async function(args) {
      context.turn.toolsCalled.push('recommend_perfumes');
      return recommendForModel(context, args);
    },
  });
}
