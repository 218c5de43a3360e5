import type { ChatPerfumeCard, Locale, UserMode } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import type { LayeringOutcome } from '../layeringAdvisor';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import { type ChatTools, factsInOrder } from './chatTools';
import type { DialogueState } from './dialogueState';
import { characterLine, perfumeCard, plainCard } from './perfumeCards';
import { decideTurn, type TurnAction, type TurnDecision } from './policy';
import { readMessage } from './readMessage';
import { recommend } from './recommend';
import { comparisonText } from './texts/comparisonText';
import { layeringRefusedText, layeringUnavailableText, pairText, partnersText } from './texts/layeringText';
import { accordFactText, noteFactText, perfumeFactText } from './texts/perfumeFacts';
import { recommendationText } from './texts/recommendationText';
import { cannotKnowText, clarifyText, missingOrdinalText, questionText, SMALL_TALK } from './texts/smallTalk';
import { suggestionsFor, suggestionsForQuestion } from './texts/suggestions';
import type { AnswerDraft, TurnInput, TurnResult } from './turn';
import { understoodOf } from './understood';
import { accordLabel, perfumeName } from './wording';

/** Perfumes shown with a note's or an accord's answer. */
const FACT_EXAMPLES = 3;
const ACCORD_NOTES_SHOWN = 5;
const LAYERING_PARTNERS = 3;
const CLARIFY_CHOICES = 5;

interface Context {
  input: TurnInput;
  catalog: ChatCatalogIndex;
  tools: ChatTools;
  decision: TurnDecision;
  locale: Locale;
  mode: UserMode;
}

/** The decided action of one kind. */
type ActionOf<Kind extends TurnAction['kind']> = Extract<TurnAction, { kind: Kind }>;

const answer = (draft: Partial<AnswerDraft> & Pick<AnswerDraft, 'kind' | 'text'>): AnswerDraft => ({
  cards: [],
  suggestions: [],
  relaxed: [],
  usedTaste: false,
  ...draft,
});

async function recommendation(context: Context): Promise<{ draft: AnswerDraft; picked: number[] }> {
  const { input, catalog, tools, decision, locale, mode } = context;
  const dialogue = decision.dialogue;
  const request = dialogue.request;
  tools.status?.('searching');
  const result = await recommend({ request, recommended: input.recommended, memberId: input.memberId, catalog, tools });
  const reference =
    request.reference === null ? undefined : (await tools.facts([request.reference])).get(request.reference);
  tools.status?.('writing');
  const cards = result.picks.map((pick) =>
    perfumeCard(pick.facts, {
      mode,
      request,
      constraints: pick.step.constraints,
      reference: reference ?? null,
      usedTaste: result.usedTaste,
    }),
  );
  const text = recommendationText({
    request,
    catalog,
    cards,
    characters: result.picks.map((pick) => characterLine(pick.facts, mode)),
    reference: reference ?? null,
    relaxed: result.relaxed,
    usedTaste: result.usedTaste,
    tasteAccords: (result.taste?.accords ?? []).map((key) => accordLabel(key as AccordKey, locale)),
    giftWithoutTaste: result.giftWithoutTaste,
    more: decision.action.kind === 'recommend' && decision.action.more,
    countOverLimit: decision.countOverLimit,
    cannotKnow: decision.cannotKnow,
    locale,
  });
  const picked = cards.map((card) => card.perfume.id);
  return {
    draft: answer({
      kind: 'recommendation',
      text,
      cards,
      suggestions: suggestionsFor(
        picked.length === 0 ? 'afterNothing' : picked.length === 1 ? 'afterSinglePick' : 'afterPicks',
        locale,
      ),
      relaxed: result.relaxed,
      usedTaste: result.usedTaste,
    }),
    picked,
  };
}

/** The layering service refused the perfumes, or could not be reached. */
function layeringFailure(
  outcome: Exclude<LayeringOutcome<unknown>, { ok: true }>,
  cards: ChatPerfumeCard[],
  locale: Locale,
): AnswerDraft {
  const text =
    outcome.reason === 'refused'
      ? layeringRefusedText(outcome.message[locale], locale)
      : layeringUnavailableText(locale);
  return answer({ kind: 'layering', text, cards, suggestions: suggestionsFor('afterPerfume', locale) });
}

async function layering(context: Context, action: ActionOf<'layering'>): Promise<AnswerDraft> {
  const { tools, locale, mode } = context;
  tools.status?.('layering');
  const perfumes = await factsInOrder(tools, action.perfumes);
  const cards = perfumes.map((facts) => plainCard(facts, mode));
  if (perfumes.length >= 2) {
    const outcome = await tools.layering.pair(perfumes[0]!.id, perfumes[1]!.id);
    if (!outcome.ok) return layeringFailure(outcome, cards, locale);
    return answer({
      kind: 'layering',
      text: pairText(outcome.value, action.howTo, locale),
      cards,
      suggestions: suggestionsFor('afterComparison', locale),
    });
  }
  const outcome = await tools.layering.partners(perfumes[0]!.id, LAYERING_PARTNERS);
  if (!outcome.ok) return layeringFailure(outcome, cards, locale);
  // Partners are named only as catalog perfumes with their own cards.
  const partners = await factsInOrder(
    tools,
    outcome.value.items.map((item) => item.perfume.id),
  );
  return answer({
    kind: 'layering',
    text: partnersText(outcome.value, locale),
    cards: [...cards, ...partners.map((facts) => plainCard(facts, mode))],
    suggestions: suggestionsFor('afterPerfume', locale),
  });
}

/** An answer and the perfumes it leaves behind: recommended ones, and what "#1" and "그거" name next. */
interface Response {
  draft: AnswerDraft;
  picked: number[];
  shown: number[] | null;
}

const told = (draft: AnswerDraft, shown: number[] | null = null): Response => ({ draft, picked: [], shown });

function smallTalk(action: ActionOf<'greeting' | 'thanks' | 'offTopic'>, locale: Locale): Response {
  return told(
    answer({
      kind: action.kind === 'thanks' ? 'greeting' : action.kind,
      text: SMALL_TALK[action.kind][locale],
      suggestions: suggestionsFor('start', locale),
    }),
  );
}

async function cannotKnow(context: Context, action: ActionOf<'cannotKnow'>): Promise<Response> {
  const { tools, locale, mode } = context;
  const [perfume] = await factsInOrder(tools, action.perfumes);
  return told(
    answer({
      kind: 'cannotKnow',
      text: cannotKnowText(action.topics, perfume ?? null, locale),
      cards: perfume ? [plainCard(perfume, mode)] : [],
      suggestions: suggestionsFor(perfume ? 'afterPerfume' : 'start', locale),
    }),
  );
}

async function clarify(context: Context, action: ActionOf<'clarify'>): Promise<Response> {
  const { tools, locale, mode } = context;
  const choices = await factsInOrder(
    tools,
    action.mention.candidates.slice(0, CLARIFY_CHOICES).map((candidate) => candidate.id),
  );
  return told(
    answer({
      kind: 'question',
      text: clarifyText(action.mention.text, locale),
      cards: choices.map((facts) => plainCard(facts, mode)),
      suggestions: choices.slice(0, 4).map((facts) => perfumeName(facts, locale)),
    }),
  );
}

function missingOrdinal(action: ActionOf<'missingOrdinal'>, locale: Locale): Response {
  return told(
    answer({
      kind: 'notFound',
      text: missingOrdinalText(action.ordinal, action.shown, locale),
      suggestions: suggestionsFor(action.shown > 0 ? 'afterPicks' : 'start', locale),
    }),
  );
}

async function compare(context: Context, action: ActionOf<'compare'>): Promise<Response | null> {
  const { tools, locale, mode } = context;
  const [a, b] = await factsInOrder(tools, action.perfumes);
  if (!a || !b) return null;
  const draft = answer({
    kind: 'comparison',
    text: comparisonText(a, b, mode, locale),
    cards: [plainCard(a, mode), plainCard(b, mode)],
    suggestions: suggestionsFor('afterComparison', locale),
  });
  return told(draft, [a.id, b.id]);
}

async function perfumeFact(context: Context, action: ActionOf<'perfume'>): Promise<Response | null> {
  const { tools, locale, mode } = context;
  const [facts] = await factsInOrder(tools, [action.perfumeId]);
  if (!facts) return null;
  return told(
    answer({
      kind: 'perfume',
      text: perfumeFactText(facts, mode, locale),
      cards: [plainCard(facts, mode)],
      suggestions: suggestionsFor('afterPerfume', locale),
    }),
  );
}

/** A note's or an accord's answer: the text, and its example perfumes as cards ("#1" names the first). */
function factAnswer(
  kind: 'note' | 'accord',
  text: string,
  examples: readonly ChatPerfumeFacts[],
  { locale, mode }: Context,
): Response {
  const draft = answer({
    kind,
    text,
    cards: examples.map((facts) => plainCard(facts, mode)),
    suggestions: suggestionsFor('afterFact', locale),
  });
  return told(
    draft,
    examples.map((facts) => facts.id),
  );
}

async function noteFact(context: Context, action: ActionOf<'note'>): Promise<Response> {
  const { tools, locale, catalog } = context;
  const note = catalog.index.notes.get(action.slug) ?? { slug: action.slug, name: action.slug, nameKo: null };
  const examples = await factsInOrder(tools, await tools.perfumesWithNote(action.slug, FACT_EXAMPLES));
  return factAnswer('note', noteFactText(note, examples, locale), examples, context);
}

async function accordFact(context: Context, action: ActionOf<'accord'>): Promise<Response> {
  const { tools, locale } = context;
  const key = action.key as AccordKey;
  const [notes, ids] = await Promise.all([
    tools.notesOfAccord(key, ACCORD_NOTES_SHOWN),
    tools.perfumesByAccord(key, FACT_EXAMPLES),
  ]);
  const examples = await factsInOrder(tools, ids);
  return factAnswer('accord', accordFactText(key, notes, examples, locale), examples, context);
}

function question(context: Context, action: ActionOf<'ask'>): Response {
  const { decision, locale } = context;
  return told(
    answer({
      kind: 'question',
      text: questionText(action.question, locale, decision.countOverLimit, decision.cannotKnow),
      suggestions: suggestionsForQuestion(action.question, locale),
    }),
  );
}

async function respond(context: Context): Promise<Response> {
  const { decision, locale } = context;
  const action = decision.action;
  const unknownPerfume = () => told(answer({ kind: 'offTopic', text: SMALL_TALK.offTopic[locale] }));
  switch (action.kind) {
    case 'greeting':
    case 'thanks':
    case 'offTopic':
      return smallTalk(action, locale);
    case 'cannotKnow':
      return cannotKnow(context, action);
    case 'clarify':
      return clarify(context, action);
    case 'missingOrdinal':
      return missingOrdinal(action, locale);
    case 'layering':
      return told(await layering(context, action));
    case 'compare':
      return (await compare(context, action)) ?? unknownPerfume();
    case 'perfume':
      return (await perfumeFact(context, action)) ?? unknownPerfume();
    case 'note':
      return noteFact(context, action);
    case 'accord':
      return accordFact(context, action);
    case 'ask':
      return question(context, action);
    case 'recommend': {
      const { draft, picked } = await recommendation(context);
      return { draft, picked, shown: picked.length > 0 ? picked : null };
    }
  }
}

/**
 * The offline engine: reads the message, decides what to do with it against the conversation,
 * looks up what it needs through the tools (the catalog, candidates by SQL filters and the HNSW
 * index, the member's taste, the layering service) and writes the answer in the answer's language
 * and the member's mode. Everything it names is a catalog perfume with its card.
 */
export async function answerOffline(input: TurnInput, tools: ChatTools): Promise<TurnResult> {
  tools.status?.('understanding');
  const catalog = await tools.catalog();
  const reading = readMessage(input.text, catalog);
  const decision = decideTurn(reading, input.dialogue, catalog);
  const context: Context = { input, catalog, tools, decision, locale: input.locale, mode: input.mode };
  const { draft, picked, shown } = await respond(context);
  const dialogue: DialogueState = { ...decision.dialogue, locale: input.locale };
  if (shown) {
    dialogue.lastPicks = shown;
    dialogue.focus = shown[0] ?? dialogue.focus;
  }
  return { answer: draft, dialogue, understood: understoodOf(dialogue.request, catalog), recommended: picked };
}
