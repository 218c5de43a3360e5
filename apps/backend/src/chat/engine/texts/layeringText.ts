import { LAYERING_VERDICT_LABELS, type LayeringPair, type LayeringPartners, type Locale } from '@scentence/api/schemas';
import { particle, perfumeName } from '../wording';

const verdictLabel = (verdict: LayeringPair['verdict'], locale: Locale) =>
  LAYERING_VERDICT_LABELS.find((label) => label.key === verdict)?.[locale] ?? verdict;

/** The layering service's analysis of a pair, told briefly: verdict, score, the main reasons, how to wear it. */
export function pairText(pair: LayeringPair, howTo: boolean, locale: Locale): string {
  const a = perfumeName(pair.a, locale);
  const b = perfumeName(pair.b, locale);
  const lines = [
    locale === 'ko'
      ? `${particle(a, '와/과')} ${b}: ${verdictLabel(pair.verdict, locale)} (${pair.score}점).`
      : `${a} with ${b}: ${verdictLabel(pair.verdict, locale).toLowerCase()} (${pair.score}/100).`,
    ...pair.reasons.slice(0, 2).map((reason) => reason.text[locale]),
  ];
  const steps = pair.application.steps.map((step) => step[locale]);
  if (howTo || steps.length > 0) lines.push(...(howTo ? steps : steps.slice(0, 1)));
  if (pair.when.text[locale]) lines.push(pair.when.text[locale]);
  return lines.join(' ');
}

/** Partners for one perfume from the catalog, best first. */
export function partnersText(partners: LayeringPartners, locale: Locale): string {
  const name = perfumeName(partners.perfume, locale);
  if (partners.items.length === 0) {
    return locale === 'ko'
      ? `${particle(name, '와/과')} 잘 어울리는 짝을 카탈로그에서 찾지 못했어요.`
      : `I found no good layering partner for ${name} in the catalog.`;
  }
  const lines = [
    locale === 'ko' ? `${particle(name, '와/과')} 레이어링하기 좋은 향수예요.` : `Good layering partners for ${name}:`,
  ];
  partners.items.forEach((partner, index) => {
    const reason = partner.highlights[0]?.text[locale];
    lines.push(
      `${index + 1}. ${perfumeName(partner.perfume, locale)} — ${verdictLabel(partner.verdict, locale)} (${partner.score}${locale === 'ko' ? '점' : '/100'})${reason ? `: ${reason}` : ''}`,
    );
  });
  return lines.join('\n');
}

export function layeringRefusedText(reason: string, locale: Locale): string {
  return locale === 'ko' ? `레이어링 분석을 할 수 없어요: ${reason}` : `I can't analyse that pair: ${reason}`;
}

export function layeringUnavailableText(locale: Locale): string {
  return locale === 'ko'
    ? '지금은 레이어링 서비스에 연결할 수 없어서 레이어링 질문에는 답할 수 없어요. 향수 추천이나 다른 질문은 계속 도와드릴게요.'
    : "The layering service can't be reached right now, so I can't answer layering questions. I can still help with everything else.";
}
