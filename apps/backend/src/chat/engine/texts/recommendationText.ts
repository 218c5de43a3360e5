import type { ChatConstraint, ChatPerfumeCard, Locale } from '@scentence/api/schemas';
import type { CannotKnow } from '@scentence/domain/intent';
import type { ChatCatalogIndex } from '../chatCatalogIndex';
import type { RequestState } from '../dialogueState';
import {
  accordLabel,
  type Localized,
  listOf,
  moodLabel,
  type NamedPerfume,
  noteLabel,
  occasionLabel,
  perfumeName,
  relationLabel,
  seasonLabel,
} from '../wording';
import { cannotKnowNote, countLimitNote } from './smallTalk';

const CONSTRAINT_LABELS: Record<ChatConstraint, Record<Locale, string>> = {
  gender: { ko: '성별 취향', en: 'gender lean' },
  season: { ko: '계절', en: 'season' },
  occasion: { ko: '사용 자리', en: 'occasion' },
  accords: { ko: '어코드', en: 'accords' },
  notes: { ko: '노트', en: 'notes' },
  moods: { ko: '분위기', en: 'mood' },
  brands: { ko: '브랜드', en: 'brand' },
};

/** The request in a few words: "여자친구 선물 · 여름 · 시원한 · 우디". */
export function requestSummary(
  request: RequestState,
  catalog: ChatCatalogIndex,
  reference: NamedPerfume | null,
  locale: Locale,
): string[] {
  const parts: string[] = [];
  if (request.recipient === 'gift') {
    parts.push(
      request.relation
        ? locale === 'ko'
          ? `${relationLabel(request.relation, locale)} 선물`
          : `a gift for your ${relationLabel(request.relation, locale)}`
        : locale === 'ko'
          ? '선물'
          : 'a gift',
    );
  }
  if (request.gender === 'masculine' && request.recipient !== 'gift')
    parts.push(locale === 'ko' ? '남성적' : 'masculine');
  if (request.gender === 'feminine' && request.recipient !== 'gift')
    parts.push(locale === 'ko' ? '여성적' : 'feminine');
  if (request.gender === 'unisex') parts.push(locale === 'ko' ? '유니섹스' : 'unisex');
  if (request.season) parts.push(seasonLabel(request.season, locale));
  if (request.occasion) parts.push(occasionLabel(request.occasion, locale));
  for (const mood of request.moods.filter((wish) => wish.weight > 0)) parts.push(moodLabel(mood.key, locale));
  for (const accord of request.accords) parts.push(accordLabel(accord, locale));
  for (const slug of request.notes) {
    const note = catalog.index.notes.get(slug);
    parts.push(note ? noteLabel(note, locale) : slug);
  }
  for (const key of request.brands) {
    const house = catalog.house(key);
    if (house) parts.push(locale === 'ko' ? (house.nameKo ?? house.name) : house.name);
  }
  if (reference)
    parts.push(locale === 'ko' ? `${perfumeName(reference, locale)} 느낌` : `like ${perfumeName(reference, locale)}`);
  const turnedAway = [
    ...request.excludeAccords.map((accord) => accordLabel(accord, locale)),
    ...request.excludeNotes.map((slug) => {
      const note = catalog.index.notes.get(slug);
      return note ? noteLabel(note, locale) : slug;
    }),
    ...request.excludeBrands.map((key) => {
      const house = catalog.house(key);
      return house ? (locale === 'ko' ? (house.nameKo ?? house.name) : house.name) : key;
    }),
  ];
  if (turnedAway.length > 0) {
    parts.push(locale === 'ko' ? `${listOf(turnedAway, locale)} 제외` : `no ${listOf(turnedAway, locale)}`);
  }
  return parts;
}

export interface RecommendationWords {
  request: RequestState;
  catalog: ChatCatalogIndex;
  cards: readonly ChatPerfumeCard[];
  /** Per card, how it smells in a line (each pick's own, where the reasons repeat the request). */
  characters: readonly Localized[];
  reference: NamedPerfume | null;
  relaxed: readonly ChatConstraint[];
  usedTaste: boolean;
  /** The member's favourite accords the taste went by (for "취향을 반영했어요"). */
  tasteAccords: readonly string[];
  /** True for a member's gift: their own taste was left out on purpose. */
  giftWithoutTaste: boolean;
  more: boolean;
  countOverLimit: number | null;
  cannotKnow: readonly CannotKnow[];
  locale: Locale;
}

/** The answer's text around the cards: what was picked for, what was let go, and one line per pick. */
export function recommendationText(words: RecommendationWords): string {
  const { locale, cards, request } = words;
  const lines: string[] = [];
  const notes = [countLimitNote(words.countOverLimit, locale), cannotKnowNote(words.cannotKnow, locale)].filter(
    (note): note is string => note !== null,
  );
  lines.push(...notes);
  if (cards.length === 0) {
    lines.push(
      locale === 'ko'
        ? '조건에 맞는 향수를 더 찾지 못했어요. 조건을 바꾸거나 줄여 보시겠어요?'
        : "I couldn't find more perfumes that fit. Shall we change or loosen the conditions?",
    );
    return lines.join(' ');
  }
  const summary = requestSummary(request, words.catalog, words.reference, locale);
  const n = cards.length;
  if (words.more) {
    lines.push(locale === 'ko' ? `이어서 ${n}개 더 골랐어요.` : `Here ${n === 1 ? 'is' : 'are'} ${n} more.`);
  } else if (summary.length > 0) {
    lines.push(
      locale === 'ko'
        ? `${summary.join(' · ')} 조건으로 ${n}개 골랐어요.`
        : `${n} ${n === 1 ? 'pick' : 'picks'} for ${summary.join(' · ')}.`,
    );
  } else {
    lines.push(
      locale === 'ko'
        ? `많은 분들이 좋아하는 향수로 ${n}개 골랐어요.`
        : `${n} well-loved ${n === 1 ? 'perfume' : 'perfumes'} to start with.`,
    );
  }
  if (words.relaxed.length > 0) {
    const relaxed = listOf(
      words.relaxed.map((constraint) => CONSTRAINT_LABELS[constraint][locale]),
      locale,
    );
    lines.push(
      locale === 'ko'
        ? `모든 조건을 만족하는 향수가 부족해서 ${relaxed} 조건은 느슨하게 했어요.`
        : `Too few perfumes met every condition, so I relaxed the ${relaxed}.`,
    );
  }
  if (words.usedTaste) {
    const accords = listOf(words.tasteAccords.slice(0, 3) as string[], locale);
    lines.push(
      locale === 'ko'
        ? `향수옷장의 취향${accords ? `(${accords})` : ''}을 참고해 순서를 정했어요.`
        : `I ordered them with your wardrobe's taste${accords ? ` (${accords})` : ''} in mind.`,
    );
  }
  if (words.giftWithoutTaste) {
    lines.push(
      locale === 'ko'
        ? '선물이라서 내 향수옷장 취향은 반영하지 않았어요.'
        : "Since it's a gift, I left your own wardrobe's taste out.",
    );
  }
  cards.forEach((card, index) => {
    const character = words.characters[index]?.[locale];
    const name = perfumeName(card.perfume, locale);
    lines.push(`${index + 1}. ${name}${character ? ` — ${character}` : ''}`);
  });
  return lines.join('\n');
}
