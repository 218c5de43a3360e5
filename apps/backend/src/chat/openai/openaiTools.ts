import {
  CHAT_PICKS_MAX,
  CHAT_RECIPIENTS,
  CHAT_RELATIONS,
  type ChatAnswerKind,
  type ChatConstraint,
  type ChatPerfumeCard,
  type UserMode,
} from '@scentence/api/schemas';
import {
  ACCORD_DESCRIPTIONS,
  ACCORD_KEYS,
  ACCORDS,
  type AccordKey,
  GENDER_KEYS,
  NOTE_DESCRIPTIONS,
  OCCASION_KEYS,
  SEASON_KEYS,
} from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import { MOODS, understandQuery } from '@scentence/domain/intent';
import { CONFIDENT_NAME_SCORE, matchPerfumeName } from '@scentence/domain/names';
import { compactKey, withoutKoreanEnding } from '@scentence/domain/text';
import { zodFunction } from 'openai/helpers/zod';
import { z } from 'zod';
import type { ChatCatalogIndex } from '../engine/chatCatalogIndex';
import type { ChatTools } from '../engine/chatTools';
import type { DialogueState, RequestState } from '../engine/dialogueState';
import { notesAt, perfumeCard, plainCard } from '../engine/perfumeCards';
import { recommend } from '../engine/recommend';

/** What the tools gathered during one turn: the answer's cards and kind, and the conversation's new state. */
export interface ToolTurn {
  dialogue: DialogueState;
  /** Every perfume recommended in the thread, this turn's included. */
  recommended: number[];
  cards: ChatPerfumeCard[];
  /** Perfumes recommended by this turn. */
  picked: number[];
  kind: ChatAnswerKind | null;
  relaxed: ChatConstraint[];
  usedTaste: boolean;
  toolsCalled: string[];
}

interface ToolContext {
  catalog: ChatCatalogIndex;
  tools: ChatTools;
  turn: ToolTurn;
  memberId: string | null;
  mode: UserMode;
}

const MOOD_KEYS = MOODS.map((mood) => mood.key) as [string, ...string[]];
const EXAMPLES = 3;

/** A perfume named by the model: "#2" (the last answer's second), or a name in either script. */
function resolvePerfume(context: ToolContext, named: string): number | null {
  const ordinal = /^#?(\d)$/.exec(named.trim());
  if (ordinal) return context.turn.dialogue.lastPicks[Number(ordinal[1]) - 1] ?? null;
  const [best] = matchPerfumeName(context.catalog.index.names, named, { limit: 1 });
  return best && best.score >= CONFIDENT_NAME_SCORE ? best.perfume.id : null;
}

function resolveNote(context: ToolContext, named: string): string | null {
  const key = compactKey(named);
  for (const note of context.catalog.index.notes.values()) {
    if (note.slug === named || [note.name, note.nameKo ?? ''].some((spelling) => compactKey(spelling) === key)) {
      return note.slug;
    }
  }
  const term = understandQuery(named, context.catalog.index.vocabulary).understood.find(
    (entry) => entry.kind === 'note',
  );
  return term?.key ?? null;
}

function resolveHouse(context: ToolContext, named: string): string | null {
  const key = compactKey(named);
  const spellings = context.catalog.index.names.brandBySpelling;
  return spellings.get(key) ?? spellings.get(withoutKoreanEnding(key) ?? key) ?? null;
}

/** The facts the model reads about a perfume, compact. */
function factsFor(facts: ChatPerfumeFacts) {
  return {
    id: facts.id,
    brand: facts.brand,
    brandKo: facts.brandKo,
    name: facts.name,
    nameKo: facts.nameKo,
    year: facts.year,
    gender: facts.gender,
    accords: facts.accords.slice(0, 6),
    top: notesAt(facts, 'top').map((note) => note.name),
    heart: notesAt(facts, 'middle').map((note) => note.name),
    base: notesAt(facts, 'base').map((note) => note.name),
    notes: notesAt(facts, 'flat').map((note) => note.name),
    seasons: facts.seasons.filter((entry) => entry.share >= 50).map((entry) => entry.key),
    occasions: facts.occasions.filter((entry) => entry.share >= 50).map((entry) => entry.key),
    longevity: facts.longevity,
    sillage: facts.sillage,
  };
}

function show(context: ToolContext, facts: readonly ChatPerfumeFacts[], kind: ChatAnswerKind): void {
  for (const perfume of facts) {
    if (!context.turn.cards.some((card) => card.perfume.id === perfume.id)) {
      context.turn.cards.push(plainCard(perfume, context.mode));
    }
  }
  context.turn.kind ??= kind;
  context.turn.dialogue.lastPicks = facts.map((perfume) => perfume.id);
  context.turn.dialogue.focus = facts[0]?.id ?? context.turn.dialogue.focus;
}

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

function requestFrom(context: ToolContext, args: z.infer<typeof requestParameters>): RequestState {
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

/**
 * The tools the model may call, over the same tools the offline engine uses: recommendations go
 * through the same retrieval and constraint check (every pick meets the request judged from the
 * catalog, none twice in a thread, two per house, the member's taste only for themselves), and
 * every perfume a tool returns becomes a card of the answer.
 */
export function openAiTools(context: ToolContext) {
  const called = (name: string) => context.turn.toolsCalled.push(name);
  return [
    zodFunction({
      name: 'recommend_perfumes',
      description:
        'Recommend perfumes for the whole request as it now stands (send every field: the current request updated with the message). Returns the picks, each meeting the request judged from the catalog, and any condition that had to be relaxed.',
      parameters: requestParameters,
      async function(args) {
        called('recommend_perfumes');
        const request = requestFrom(context, args);
        context.turn.dialogue.request = request;
        const result = await recommend({
          request,
          recommended: context.turn.recommended,
          memberId: context.memberId,
          catalog: context.catalog,
          tools: context.tools,
        });
        const reference =
          request.reference === null
            ? undefined
            : (await context.tools.facts([request.reference])).get(request.reference);
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
        context.turn.cards.push(...cards);
        context.turn.picked.push(...ids);
        context.turn.recommended.push(...ids);
        context.turn.kind = 'recommendation';
        context.turn.relaxed = [...new Set([...context.turn.relaxed, ...result.relaxed])];
        context.turn.usedTaste ||= result.usedTaste;
        context.turn.dialogue.lastPicks = ids;
        context.turn.dialogue.focus = ids[0] ?? context.turn.dialogue.focus;
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
      },
    }),
    zodFunction({
      name: 'perfume_details',
      description:
        'The catalog facts of one perfume (by name, or "#2" for the last answer\'s second): accords, pyramid, seasons, occasions, longevity, sillage.',
      parameters: z.object({ perfume: z.string() }),
      async function({ perfume }) {
        called('perfume_details');
        const id = resolvePerfume(context, perfume);
        const facts = id === null ? undefined : (await context.tools.facts([id])).get(id);
        if (!facts) return { found: false };
        show(context, [facts], 'perfume');
        return { found: true, perfume: factsFor(facts) };
      },
    }),
    zodFunction({
      name: 'compare_perfumes',
      description: 'The catalog facts of two perfumes side by side (by name, or "#1", "#3").',
      parameters: z.object({ a: z.string(), b: z.string() }),
      async function({ a, b }) {
        called('compare_perfumes');
        const ids = [resolvePerfume(context, a), resolvePerfume(context, b)].filter((id): id is number => id !== null);
        const facts = await context.tools.facts(ids);
        const both = ids.flatMap((id) => facts.get(id) ?? []);
        if (both.length < 2) return { found: false };
        show(context, both, 'comparison');
        return { found: true, a: factsFor(both[0]!), b: factsFor(both[1]!) };
      },
    }),
    zodFunction({
      name: 'layering',
      description:
        'How two perfumes layer (score, verdict, reasons, how to wear), or the best partners for one (b null), from the layering service.',
      parameters: z.object({ a: z.string(), b: z.string().nullable() }),
      async function({ a, b }) {
        called('layering');
        const first = resolvePerfume(context, a);
        const second = b ? resolvePerfume(context, b) : null;
        if (first === null || (b && second === null)) return { found: false };
        const ids = second === null ? [first] : [first, second];
        const facts = await context.tools.facts(ids);
        show(
          context,
          ids.flatMap((id) => facts.get(id) ?? []),
          'layering',
        );
        if (second !== null) {
          const outcome = await context.tools.layering.pair(first, second);
          if (!outcome.ok)
            return outcome.reason === 'refused' ? { refused: outcome.message.en } : { unavailable: true };
          const pair = outcome.value;
          return {
            score: pair.score,
            verdict: pair.verdict,
            reasons: pair.reasons.slice(0, 3).map((reason) => reason.text.en),
            howToApply: pair.application.steps.map((step) => step.en),
          };
        }
        const outcome = await context.tools.layering.partners(first, EXAMPLES);
        if (!outcome.ok) return outcome.reason === 'refused' ? { refused: outcome.message.en } : { unavailable: true };
        const partners = await context.tools.facts(outcome.value.items.map((item) => item.perfume.id));
        show(
          context,
          [...ids, ...outcome.value.items.map((item) => item.perfume.id)].flatMap(
            (id) => partners.get(id) ?? facts.get(id) ?? [],
          ),
          'layering',
        );
        return {
          partners: outcome.value.items.map((item) => ({
            brand: item.perfume.brand,
            name: item.perfume.name,
            nameKo: item.perfume.nameKo,
            score: item.score,
            verdict: item.verdict,
          })),
        };
      },
    }),
    zodFunction({
      name: 'note_or_accord',
      description: 'What a note (vetiver, 장미) or an accord (woody, chypre) smells like, with perfumes that carry it.',
      parameters: z.object({ name: z.string() }),
      async function({ name }) {
        called('note_or_accord');
        const accord = ACCORDS.find((entry) =>
          [entry.key, entry.ko, entry.en].some((spelling) => compactKey(spelling) === compactKey(name)),
        )?.key as AccordKey | undefined;
        if (accord) {
          const ids = await context.tools.perfumesByAccord(accord, EXAMPLES);
          const facts = await context.tools.facts(ids);
          show(
            context,
            ids.flatMap((id) => facts.get(id) ?? []),
            'accord',
          );
          return {
            accord,
            description: ACCORD_DESCRIPTIONS[accord].en,
            notes: (await context.tools.notesOfAccord(accord, 5)).map((note) => note.name),
            perfumes: ids.flatMap((id) => (facts.get(id) ? [`${facts.get(id)!.brand} ${facts.get(id)!.name}`] : [])),
          };
        }
        const slug = resolveNote(context, name);
        if (!slug) return { found: false };
        const ids = await context.tools.perfumesWithNote(slug, EXAMPLES);
        const facts = await context.tools.facts(ids);
        show(
          context,
          ids.flatMap((id) => facts.get(id) ?? []),
          'note',
        );
        return {
          note: slug,
          description: NOTE_DESCRIPTIONS[slug]?.en ?? null,
          perfumes: ids.flatMap((id) => (facts.get(id) ? [`${facts.get(id)!.brand} ${facts.get(id)!.name}`] : [])),
        };
      },
    }),
    zodFunction({
      name: 'my_wardrobe_taste',
      description:
        "The signed-in member's favourite accords from their wardrobe (empty for guests, or when they switched it off).",
      parameters: z.object({}),
      async function() {
        called('my_wardrobe_taste');
        const taste = context.memberId ? await context.tools.taste(context.memberId) : null;
        return { accords: taste?.accords.slice(0, 5) ?? [] };
      },
    }),
  ];
}
