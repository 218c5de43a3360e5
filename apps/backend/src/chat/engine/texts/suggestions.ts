import type { Locale } from '@scentence/api/schemas';
import type { Question } from '../dialogueState';

/** What follows any list of picks, one perfume or several. */
const AFTER_ANY_PICKS = {
  ko: ['더 보여줘', '첫 번째 거 자세히 알려줘', '다른 브랜드로 보여줘'],
  en: ['Show me more', 'Tell me about the first one', 'Show other brands'],
} as const;

/** Replies offered as buttons after each kind of answer, in the answer's language. Written by hand. */
const SUGGESTIONS = {
  start: {
    ko: ['제가 쓸 향수 추천해줘', '여자친구 선물 추천해줘', '시원하고 깨끗한 여름 향수', '포근한 겨울 향수'],
    en: ['A perfume for me', 'A gift for my girlfriend', 'Something fresh and clean for summer', 'A cozy winter scent'],
  },
  recipient: {
    ko: ['제가 쓸 거예요', '여자친구 선물이에요', '남자친구 선물이에요', '엄마 선물이에요'],
    en: ['For me', 'A gift for my girlfriend', 'A gift for my boyfriend', 'A gift for my mom'],
  },
  preference: {
    ko: ['시원하고 깨끗한 느낌', '포근하고 달콤한 느낌', '출근할 때 쓸 무난한 향', '아무거나 골라줘'],
    en: ['Fresh and clean', 'Cozy and sweet', 'Something easy for the office', 'Just pick for me'],
  },
  afterPicks: {
    ko: [...AFTER_ANY_PICKS.ko, '첫 번째랑 두 번째 비교해줘'],
    en: [...AFTER_ANY_PICKS.en, 'Compare the first and the second'],
  },
  afterSinglePick: {
    ko: [...AFTER_ANY_PICKS.ko, '처음부터 다시'],
    en: [...AFTER_ANY_PICKS.en, 'Start over'],
  },
  afterPerfume: {
    ko: ['그거랑 비슷한 거 추천해줘', '그거랑 레이어링하면 어때?', '다른 거 더 보여줘'],
    en: ['Something similar to that one', 'What layers well with it?', 'Show me others'],
  },
  afterFact: {
    ko: ['이 향이 들어간 향수 추천해줘', '처음부터 다시'],
    en: ['Recommend perfumes with it', 'Start over'],
  },
  afterComparison: {
    ko: ['첫 번째 거 자세히 알려줘', '둘이 레이어링하면 어때?', '비슷한 거 더 보여줘'],
    en: ['Tell me about the first one', 'Can I layer them?', 'Show me similar ones'],
  },
  afterNothing: {
    ko: ['조건을 줄여서 다시 찾아줘', '처음부터 다시', '아무거나 골라줘'],
    en: ['Try with fewer conditions', 'Start over', 'Just pick for me'],
  },
} as const satisfies Record<string, Record<Locale, readonly string[]>>;

export type SuggestionSet = keyof typeof SUGGESTIONS;

export function suggestionsFor(set: SuggestionSet, locale: Locale): string[] {
  return [...SUGGESTIONS[set][locale]];
}

export function suggestionsForQuestion(question: Question, locale: Locale): string[] {
  return suggestionsFor(question, locale);
}
