import type { Locale } from '@scentence/api/schemas';
import type { CannotKnow } from '@scentence/domain/intent';
import type { Question } from '../dialogueState';
import { type NamedPerfume, particleOf, perfumeName } from '../wording';

/** What an answer says when it is not a recommendation. Every text in Korean and English. */
export const SMALL_TALK = {
  greeting: {
    ko: '안녕하세요! 좋아하는 향이나 분위기, 쓰실 계절이나 자리를 말씀해 주시면 어울리는 향수를 찾아드릴게요.',
    en: "Hello! Tell me a scent or mood you like, or the season or occasion, and I'll find perfumes to match.",
  },
  thanks: {
    ko: '천만에요! 더 궁금한 향수나 다른 추천이 필요하면 언제든 말씀해 주세요.',
    en: "You're welcome! Ask me any time about a perfume or for more picks.",
  },
  offTopic: {
    ko: '저는 향수 추천과 향에 관한 이야기만 도와드릴 수 있어요. 어떤 향을 찾고 계세요?',
    en: 'I can only help with perfumes and scents. What kind of scent are you looking for?',
  },
} as const satisfies Record<string, Record<Locale, string>>;

const QUESTIONS: Record<Question, Record<Locale, string>> = {
  recipient: {
    ko: '누가 쓰실 향수인가요? 직접 쓰실 건지, 선물하실 건지 알려 주세요.',
    en: 'Who is it for: you, or is it a gift?',
  },
  preference: {
    ko: '어떤 느낌을 좋아하세요? 분위기(포근한, 시원한), 계절, 쓰실 자리, 좋아하는 향이나 향수 중 하나만 알려 주셔도 돼요.',
    en: 'What do you like? A mood (cozy, fresh), a season, an occasion, a note or a perfume you love: any one is enough.',
  },
};

export function questionText(
  question: Question,
  locale: Locale,
  countOverLimit: number | null,
  cannotKnow: readonly CannotKnow[],
): string {
  const noted = cannotKnow.map((topic) => CANNOT_KNOW[topic][locale]);
  return [countLimitNote(countOverLimit, locale), ...noted, QUESTIONS[question][locale]].filter(Boolean).join(' ');
}

/** "한 번에 최대 5개까지": said when more were asked for. */
export function countLimitNote(asked: number | null, locale: Locale): string | null {
  if (asked === null) return null;
  return locale === 'ko'
    ? `한 번에 최대 5개까지 추천해 드릴 수 있어요(${asked}개를 말씀하셨어요).`
    : `I can recommend at most 5 at a time (you asked for ${asked}).`;
}

const CANNOT_KNOW: Record<CannotKnow, Record<Locale, string>> = {
  price: {
    ko: '가격은 판매처와 시기마다 달라서 제가 정확히 알 수 없어요.',
    en: 'Prices vary by shop and season, so I cannot tell you one reliably.',
  },
  shop: {
    ko: '어디서 파는지는 제가 확인할 수 없어요. 브랜드 공식 매장이나 공식 온라인몰을 확인해 보세요.',
    en: "I can't check where it is sold. The brand's own stores or official online shop are the place to look.",
  },
  stock: {
    ko: '재고나 단종 여부는 실시간으로 알 수 없어요.',
    en: "I can't see stock or whether it has been discontinued.",
  },
};

/** An honest "I cannot know that", and what the chat can do instead. */
export function cannotKnowText(topics: readonly CannotKnow[], perfume: NamedPerfume | null, locale: Locale): string {
  const offer = perfume
    ? locale === 'ko'
      ? `대신 ${perfumeName(perfume, locale)}의 향의 특징이나 비슷한 향수, 레이어링은 알려 드릴 수 있어요.`
      : `I can tell you how ${perfumeName(perfume, locale)} smells, find similar perfumes or suggest layering instead.`
    : locale === 'ko'
      ? '대신 향의 특징, 비슷한 향수, 레이어링은 도와드릴 수 있어요.'
      : 'I can help with how perfumes smell, similar perfumes and layering instead.';
  return [...topics.map((topic) => CANNOT_KNOW[topic][locale]), offer].join(' ');
}

/** Said beside picks when the message also asked what cannot be known ("5만원대"). */
export function cannotKnowNote(topics: readonly CannotKnow[], locale: Locale): string | null {
  if (topics.length === 0) return null;
  const said = topics.map((topic) => CANNOT_KNOW[topic][locale]).join(' ');
  return locale === 'ko' ? `${said} 그 조건은 빼고 골랐어요.` : `${said} I left that out of the picks.`;
}

export function clarifyText(text: string, locale: Locale): string {
  return locale === 'ko'
    ? `'${text}'${particleOf(text, '이/가')} 어떤 향수인지 확실하지 않아요. 이 중에 찾으시는 향수가 있나요?`
    : `I'm not sure which perfume "${text}" is. Is it one of these?`;
}

export function missingOrdinalText(ordinal: number, shown: number, locale: Locale): string {
  if (shown === 0) {
    return locale === 'ko'
      ? '아직 추천해 드린 향수가 없어요. 어떤 향을 찾으시는지 알려 주세요.'
      : "I haven't recommended any perfumes yet. Tell me what you're looking for.";
  }
  const place = ordinal < 0 ? (locale === 'ko' ? '마지막' : 'last') : `${ordinal}`;
  return locale === 'ko'
    ? `${place}번째 향수는 없어요. 방금 ${shown}개를 보여드렸어요.`
    : `There is no number ${place}: I showed you ${shown}.`;
}
