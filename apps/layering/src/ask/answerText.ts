import {
  LAYERING_VERDICT_LABELS,
  type LayeringPair,
  type LayeringPartners,
  type Locale,
  type PerfumeSummary,
} from '@scentence/api/schemas';
import { withParticle } from '@scentence/domain/text';
import { type Localized, localize, perfumeLabel } from '../scoring/labels';

type Named = Pick<PerfumeSummary, 'name' | 'nameKo'>;

export function perfumeName(perfume: Named, locale: Locale): string {
  return locale === 'ko' ? (perfume.nameKo ?? perfume.name) : perfume.name;
}

function list(names: readonly string[], locale: Locale): string {
  if (locale === 'ko' || names.length <= 1) return names.join(', ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "샤넬 넘버 5와 씨케이 원: 잘 어울려요 (72점). … 씨케이 원을 먼저 2번, …" */
export function pairText(pair: LayeringPair, locale: Locale): string {
  const [a, b] = [perfumeName(pair.a, locale), perfumeName(pair.b, locale)];
  const verdict = LAYERING_VERDICT_LABELS.find((label) => label.key === pair.verdict)!;
  const reason = pair.reasons[0]?.text[locale];
  const byId = new Map([pair.a, pair.b].map((perfume) => [perfume.id, perfumeName(perfume, locale)]));
  const [first, second] = pair.application.sprays;
  const order =
    first && second
      ? locale === 'ko'
        ? `${withParticle(byId.get(first.perfumeId) ?? '', '을/를')} 먼저 ${first.count}번, ${byId.get(second.perfumeId)} ${second.count}번 뿌려요.`
        : `${byId.get(first.perfumeId)} first (${first.count}×), then ${byId.get(second.perfumeId)} (${second.count}×).`
      : '';
  const head =
    locale === 'ko'
      ? `${withParticle(a, '와/과')} ${b}: ${verdict.ko} (${pair.score}점).`
      : `${a} with ${b}: ${verdict.en.toLowerCase()} (${pair.score}/100).`;
  return [head, reason ? `${reason}.` : '', order].filter(Boolean).join(' ');
}

/** "씨케이 원에는 … 를 추천해요 (상쾌한 쪽으로)." */
export function partnersText(partners: LayeringPartners, locale: Locale): string {
  const perfume = perfumeName(partners.perfume, locale);
  const names = partners.items.slice(0, 3).map((item) => perfumeName(item.perfume, locale));
  const moods = partners.mood?.understood.map((term) => {
    if (locale === 'ko') return term.negated ? `${term.label.ko} 없이` : `${term.label.ko} 쪽으로`;
    return term.negated ? `less ${term.label.en.toLowerCase()}` : `leaning ${term.label.en.toLowerCase()}`;
  });
  if (names.length === 0) {
    return locale === 'ko'
      ? `${withParticle(perfume, '와/과')} 잘 어울리는 향수를 찾지 못했어요.`
      : `No perfume layers well with ${perfume}.`;
  }
  const mood = moods && moods.length > 0 ? ` (${moods.join(', ')})` : '';
  const picks = names.length > 1 ? `${list(names, locale)} 등을` : withParticle(names[0]!, '을/를');
  return locale === 'ko'
    ? `${perfume}에는 ${picks} 추천해요${mood}.`
    : `With ${perfume}, try ${list(names, locale)}${mood}.`;
}

export function howToText(pair: LayeringPair | null, locale: Locale): string {
  if (!pair) {
    return locale === 'ko'
      ? '레이어링은 무거운 향을 먼저, 가벼운 향을 나중에, 합쳐서 3~4번 뿌리는 게 기본이에요.'
      : 'Layering basics: the heavier scent first, the lighter on top, three or four sprays in all.';
  }
  return `${pair.application.steps.map((step) => step[locale]).join('. ')}.`;
}

export function clarifyText(texts: readonly string[], hasSuggestions: boolean, locale: Locale): string {
  if (texts.length > 0) {
    const quoted = texts.map((text) => `'${text}'`).join(', ');
    return locale === 'ko'
      ? `${quoted}${texts.length > 1 ? '는' : ''} 어떤 향수인가요? 아래에서 골라 주세요.`
      : `Which perfume do you mean by ${quoted}? Pick one below.`;
  }
  return hasSuggestions
    ? locale === 'ko'
      ? '향수 이름을 정확히 찾지 못했어요. 혹시 이 중에 있나요?'
      : "I couldn't find the perfume's name. Is it one of these?"
    : locale === 'ko'
      ? '어떤 향수인지 알려 주세요.'
      : 'Which perfume do you mean?';
}

const REFUSALS = {
  same: {
    ko: '같은 향수끼리는 레이어링할 수 없어요. 다른 향수와 섞어 보세요.',
    en: 'A perfume cannot be layered with itself. Try it with another one.',
  },
  concentration: {
    ko: '{a:와/과} {b:은/는} 같은 향수의 다른 농도예요. 다른 향수와 섞어 보세요.',
    en: '{a} and {b} are the same perfume in two concentrations. Try another perfume.',
  },
  flanker: {
    ko: '{a:와/과} {b:은/는} 같은 라인의 향수(플랭커)예요. 다른 계열의 향수와 섞어 보세요.',
    en: '{a} and {b} belong to one line (a flanker). Try a perfume of another line.',
  },
} satisfies Record<string, Localized>;

export function refusedText(kind: keyof typeof REFUSALS, a: Named, b: Named, locale: Locale): string {
  return localize(REFUSALS[kind], { a: perfumeLabel(a), b: perfumeLabel(b) })[locale];
}

export const HELP_EXAMPLES: Readonly<Record<Locale, readonly string[]>> = {
  ko: [
    '샤넬 넘버5랑 뭐 섞으면 좋아?',
    'CK One 쓰는데 더 상쾌하게 만들고 싶어',
    '바이레도 집시워터랑 블랑쉬 같이 써도 돼?',
  ],
  en: ['Can I layer Oud Wood with Sauvage?', 'What goes with Santal 33?', 'How do I apply two perfumes together?'],
};

export function helpText(locale: Locale): string {
  return locale === 'ko'
    ? '레이어링할 향수 이름을 넣어 물어봐 주세요. 두 향수를 넣으면 궁합을, 하나만 넣으면 어울리는 짝을 찾아 드려요.'
    : 'Ask with a perfume name: two perfumes get their pairing, one gets its best partners.';
}
