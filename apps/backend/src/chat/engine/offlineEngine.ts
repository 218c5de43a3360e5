import type { Locale, UserMode } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import type { ChatTools } from './chatTools';
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

const answer = (draft: Partial<AnswerDraft> & Pick<AnswerDraft, 'kind' | 'text'>): AnswerDraft => ({
  cards: [],
  suggestions: [],
  relaxed: [],
  usedTaste: false,
  ...draft,
});

async function factsInOrder(tools: ChatTools, ids: readonly number[]): Promise<ChatPerfumeFacts[]> {
  const facts = await tools.facts(ids);
  return ids.flatMap((id) => facts.get(id) ?? []);
}

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

async function layering(context: Context, action: Extract<TurnAction, { kind: 'layering' }>): Promise<AnswerDraft> {
  const { tools, locale, mode } = context;
  tools.status?.('layering');
  const perfumes = await factsInOrder(tools, action.perfumes);
  const cards = perfumes.map((facts) => plainCard(facts, mode));
  if (perfumes.length >= 2) {
    const outcome = await tools.layering.pair(perfumes[0]!.id, perfumes[1]!.id);
    if (!outcome.ok) {
      const text =
        outcome.reason === 'refused'
          ? layeringRefusedText(outcome.message[locale], locale)
          : layeringUnavailableText(locale);
      return answer({ kind: 'layering', text, cards, suggestions: suggestionsFor('afterPerfume', locale) });
    }
    return answer({
      kind: 'layering',
      text: pairText(outcome.value, action.howTo, locale),
      cards,
      suggestions: suggestionsFor('afterComparison', locale),
    });
  }
  const outcome = await tools.layering.partners(perfumes[0]!.id, LAYERING_PARTNERS);
  if (!outcome.ok) {
    const text =
      outcome.reason === 'refused'
        ? layeringRefusedText(outcome.message[locale], locale)
        : layeringUnavailableText(locale);
    return answer({ kind: 'layering', text, cards, suggestions: suggestionsFor('afterPerfume', locale) });
  }
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

async function respond(context: Context): Promise<{ draft: AnswerDraft; picked: number[]; shown: number[] | null }> {
  const { decision, tools, locale, mode, catalog } = context;
  const action = decision.action;
  const none = { picked: [], shown: null };
  switch (action.kind) {
    case 'greeting':
    case 'thanks':
    case 'offTopic':
      return {
        draft: answer({
          kind: action.kind === 'thanks' ? 'greeting' : action.kind,
          text: SMALL_TALK[action.kind][locale],
          suggestions: suggestionsFor('start', locale),
        }),
        ...none,
      };
    case 'cannotKnow': {
      const [perfume] = await factsInOrder(tools, action.perfumes);
      return {
        draft: answer({
          kind: 'cannotKnow',
          text: cannotKnowText(action.topics, perfume ?? null, locale),
          cards: perfume ? [plainCard(perfume, mode)] : [],
          suggestions: suggestionsFor(perfume ? 'afterPerfume' : 'start', locale),
        }),
        ...none,
      };
    }
    case 'clarify': {
      const choices = await factsInOrder(
        tools,
        action.mention.candidates.slice(0, CLARIFY_CHOICES).map((candidate) => candidate.id),
      );
      return {
        draft: answer({
          kind: 'question',
          text: clarifyText(action.mention.text, locale),
          cards: choices.map((facts) => plainCard(facts, mode)),
          suggestions: choices.slice(0, 4).map((facts) => perfumeName(facts, locale)),
        }),
        ...none,
      };
    }
    case 'missingOrdinal':
      return {
        draft: answer({
          kind: 'notFound',
          text: missingOrdinalText(action.ordinal, action.shown, locale),
          suggestions: suggestionsFor(action.shown > 0 ? 'afterPicks' : 'start', locale),
        }),
        ...none,
      };
    case 'layering':
      return { draft: await layering(context, action), ...none };
    case 'compare': {
      const [a, b] = await factsInOrder(tools, action.perfumes);
      if (!a || !b) break;
      return {
        draft: answer({
          kind: 'comparison',
          text: comparisonText(a, b, mode, locale),
          cards: [plainCard(a, mode), plainCard(b, mode)],
          suggestions: suggestionsFor('afterComparison', locale),
        }),
        picked: [],
        shown: [a.id, b.id],
      };
    }
    case 'perfume': {
      const [facts] = await factsInOrder(tools, [action.perfumeId]);
      if (!facts) break;
      return {
        draft: answer({
          kind: 'perfume',
          text: perfumeFactText(facts, mode, locale),
          cards: [plainCard(facts, mode)],
          suggestions: suggestionsFor('afterPerfume', locale),
        }),
        ...none,
      };
    }
    case 'note': {
      const note = catalog.index.notes.get(action.slug) ?? { slug: action.slug, name: action.slug, nameKo: null };
      const examples = await factsInOrder(tools, await tools.perfumesWithNote(action.slug, FACT_EXAMPLES));
      return {
        draft: answer({
          kind: 'note',
          text: noteFactText(note, examples, locale),
          cards: examples.map((facts) => plainCard(facts, mode)),
          suggestions: suggestionsFor('afterFact', locale),
        }),
        picked: [],
        shown: examples.map((facts) => facts.id),
      };
    }
    case 'accord': {
      const key = action.key as AccordKey;
      const [notes, ids] = await Promise.all([
        tools.notesOfAccord(key, ACCORD_NOTES_SHOWN),
        tools.perfumesByAccord(key, FACT_EXAMPLES),
      ]);
      const examples = await factsInOrder(tools, ids);
      return {
        draft: answer({
          kind: 'accord',
          text: accordFactText(key, notes, examples, locale),
          cards: examples.map((facts) => plainCard(facts, mode)),
          suggestions: suggestionsFor('afterFact', locale),
        }),
        picked: [],
        shown: examples.map((facts) => facts.id),
      };
    }
    case 'ask':
      return {
        draft: answer({
          kind: 'question',
          text: questionText(action.question, locale, decision.countOverLimit, decision.cannotKnow),
          suggestions: suggestionsForQuestion(action.question, locale),
        }),
        ...none,
      };
    case 'recommend': {
      const { draft, picked } = await recommendation(context);
      return { draft, picked, shown: picked.length > 0 ? picked : null };
    }
  }
  return { draft: answer({ kind: 'offTopic', text: SMALL_TALK.offTopic[locale] }), ...none };
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
