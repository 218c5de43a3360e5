import type { LayeringAnswer, Locale, PerfumeSummary } from '@scentence/api/schemas';
import type { CatalogNameRow } from '@scentence/db';
import { type IntentVocabulary, isIntentWord, readLayeringQuestion, understandQuery } from '@scentence/domain/intent';
import {
  didYouMean,
  findPerfumeMentions,
  matchPerfumeName,
  type PerfumeMention,
  type PerfumeNameIndex,
} from '@scentence/domain/names';
import type { LayeringDependencies } from '../layeringDependencies';
import { communityOfPair, loadPair, pairRefusal } from '../pair/pairService';
import { readMood } from '../partners/moodSteering';
import { partnersFromCatalog } from '../partners/partnerSearch';
import { analyzePair } from '../scoring/analyzePair';
import { clarifyText, HELP_EXAMPLES, helpText, howToText, pairText, partnersText, refusedText } from './answerText';
import { HOW_TO_TIPS } from './howToTips';

type Choice = Pick<PerfumeSummary, 'id' | 'brand' | 'brandKo' | 'name' | 'nameKo' | 'concentration'>;
type Mention = PerfumeMention<CatalogNameRow>;

const HANGUL = /\p{Script=Hangul}/u;
/** Partners answered for a question: the first few, as a chat shows them. */
const ASKED_PARTNERS = 5;
const MAX_SUGGESTIONS = 5;

/** The question's words outside the perfume names: what steers the partners ("더 상쾌하게"). */
function moodWords(question: string, mentions: readonly Mention[]): string {
  let rest = '';
  let at = 0;
  for (const mention of mentions) {
    rest += `${question.slice(at, mention.start)} `;
    at = mention.end;
  }
  return `${rest}${question.slice(at)}`.replace(/\s+/g, ' ').trim();
}

/** Perfumes as the answer names them (with their concentration), in the order given. */
async function choices(deps: LayeringDependencies, ids: readonly number[]): Promise<Map<number, Choice>> {
  const summaries = await deps.perfumes.findSummaries([...new Set(ids)]);
  return new Map(
    summaries.map((summary) => [
      summary.id,
      {
        id: summary.id,
        brand: summary.brand,
        brandKo: summary.brandKo,
        name: summary.name,
        nameKo: summary.nameKo,
        concentration: summary.concentration,
      },
    ]),
  );
}

/** For a question naming no known perfume: the house's best known when it names a house, else the closest spellings. */
function suggestionsFor(
  question: string,
  names: PerfumeNameIndex<CatalogNameRow>,
  vocabulary: IntentVocabulary,
): CatalogNameRow[] {
  const rest = understandQuery(question, vocabulary).remainingText;
  if (rest.replace(/\s/g, '').length < 2) return [];
  const matches = matchPerfumeName(names, rest, { limit: MAX_SUGGESTIONS });
  if (matches[0]?.kind === 'brand') {
    return matches.filter((match) => match.kind === 'brand').map((match) => match.perfume);
  }
  return didYouMean(names, rest, MAX_SUGGESTIONS).map((match) => match.perfume);
}

async function clarify(
  deps: LayeringDependencies,
  context: { locale: Locale; intent: 'pair' | 'partners' | 'howTo'; mood: string | null },
  mentions: readonly Mention[],
  suggestions: readonly CatalogNameRow[],
): Promise<LayeringAnswer> {
  const ids = [
    ...mentions.flatMap((mention) => mention.candidates.map((candidate) => Number(candidate.perfume.id))),
    ...suggestions.map((row) => row.id),
  ];
  const byId = await choices(deps, ids);
  const pick = (id: number) => byId.get(id) ?? [];
  const asked = mentions.filter((mention) => mention.ambiguous).map((mention) => mention.text);
  return {
    kind: 'clarify',
    locale: context.locale,
    text: clarifyText(asked, suggestions.length > 0, context.locale),
    intent: context.intent,
    mentions: mentions.map((mention) => ({
      text: mention.text,
      perfume: mention.ambiguous ? null : (byId.get(mention.candidates[0]!.perfume.id) ?? null),
      candidates: mention.ambiguous ? mention.candidates.flatMap((candidate) => pick(candidate.perfume.id)) : [],
    })),
    suggestions: suggestions.flatMap((row) => pick(row.id)),
    mood: context.mood,
  };
}

/**
 * Answers a layering question in Korean or English: the perfumes it names (found fuzzily, in
 * either script), what it asks (a pair, partners, how to apply) and its mood words, as a
 * structured answer with a short text in the question's language. A name that fits several
 * perfumes, or none, gets a question back with the candidates to pick from.
 */
export async function answerQuestion(
  deps: LayeringDependencies,
  input: { q: string; locale?: Locale },
  memberId: string | null,
): Promise<LayeringAnswer> {
  const locale: Locale = input.locale ?? (HANGUL.test(input.q) ? 'ko' : 'en');
  const [names, vocabulary] = await Promise.all([deps.lexicon.names(), deps.lexicon.vocabulary()]);
  const question = readLayeringQuestion(input.q);
  const mentions = findPerfumeMentions(input.q, names, { isCommonWord: (key) => isIntentWord(vocabulary, key) });
  const rest = moodWords(input.q, mentions);
  const steer = readMood(rest, 2, vocabulary);
  const intent = question.asksHowToApply ? 'howTo' : mentions.length >= 2 ? 'pair' : 'partners';
  const context = { locale, intent, mood: steer ? rest : null } as const;

  if (mentions.length === 0) {
    if (intent === 'howTo') {
      return { kind: 'howTo', locale, text: howToText(null, locale), pair: null, tips: [...HOW_TO_TIPS] };
    }
    const suggestions = suggestionsFor(input.q, names, vocabulary);
    if (suggestions.length > 0) return clarify(deps, context, [], suggestions);
    return { kind: 'help', locale, text: helpText(locale), examples: [...HELP_EXAMPLES[locale]] };
  }
  if (mentions.some((mention) => mention.ambiguous)) return clarify(deps, context, mentions, []);

  const ids = mentions.map((mention) => Number(mention.candidates[0]!.perfume.id));
  if (ids.length >= 2) {
    const [a, b] = ids as [number, number];
    const pair = await loadPair(deps, a, b);
    const refusal = a === b ? { kind: 'same' as const } : pairRefusal(pair.a, pair.b);
    if (refusal) {
      const byId = await choices(deps, [a, b]);
      return {
        kind: 'refused',
        locale,
        text: refusedText(refusal.kind, pair.a.summary, pair.b.summary, locale),
        a: byId.get(a)!,
        b: byId.get(b)!,
        reason: refusal.kind,
      };
    }
    const analysis = analyzePair(pair, await communityOfPair(deps, a, b, memberId));
    return intent === 'howTo'
      ? { kind: 'howTo', locale, text: howToText(analysis, locale), pair: analysis, tips: [...HOW_TO_TIPS] }
      : { kind: 'pair', locale, text: pairText(analysis, locale), pair: analysis };
  }

  if (intent === 'howTo') {
    return { kind: 'howTo', locale, text: howToText(null, locale), pair: null, tips: [...HOW_TO_TIPS] };
  }
  const [id] = ids as [number];
  const target = (await deps.profiles.load([id])).get(id);
  if (!target) return { kind: 'help', locale, text: helpText(locale), examples: [...HELP_EXAMPLES[locale]] };
  const partners = await partnersFromCatalog(deps, { target, steer, limit: ASKED_PARTNERS, memberId });
  return { kind: 'partners', locale, text: partnersText(partners, locale), partners };
}
