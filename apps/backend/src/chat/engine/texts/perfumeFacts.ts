import type { Locale, UserMode } from '@scentence/api/schemas';
import {
  ACCORD_DESCRIPTIONS,
  type AccordKey,
  LONGEVITY_STEPS,
  NOTE_DESCRIPTIONS,
  SILLAGE_STEPS,
} from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import { ACCORD_SENSES } from '../accordSenses';
import { notesAt, performanceLine } from '../perfumeCards';
import {
  accordLabel,
  genderLabel,
  listOf,
  type NamedPerfume,
  noteLabel,
  occasionLabel,
  particle,
  perfumeName,
  seasonLabel,
} from '../wording';

const stepLabel = (steps: readonly { key: string; ko: string; en: string }[], value: number | null, locale: Locale) =>
  value === null ? null : (steps.find((step) => step.key === String(Math.round(value)))?.[locale] ?? null);

/** One sentence of a perfume's facts, or null when the catalog has nothing for it. */
type FactLine = (facts: ChatPerfumeFacts, mode: UserMode, locale: Locale) => string | null;

const introduction: FactLine = (facts, _mode, locale) => {
  const name = perfumeName(facts, locale);
  const gender = genderLabel(facts.gender, locale);
  return locale === 'ko'
    ? `${particle(name, '은/는')} ${facts.year ? `${facts.year}년에 나온 ` : ''}${gender}인 향수예요.`
    : `${name} is a ${gender.toLowerCase()} perfume${facts.year ? ` from ${facts.year}` : ''}.`;
};

const accordsLine: FactLine = (facts, mode, locale) => {
  const accords = facts.accords.slice(0, 3);
  if (accords.length === 0) return null;
  if (mode === 'beginner') {
    return locale === 'ko'
      ? `전체적으로 ${accords.map((accord) => ACCORD_SENSES[accord.key].ko).join(', ')} 느낌이에요.`
      : `Overall it feels ${listOf(
          accords.map((accord) => ACCORD_SENSES[accord.key].en),
          locale,
        )}.`;
  }
  return `${locale === 'ko' ? '주요 어코드' : 'Main accords'}: ${facts.accords
    .slice(0, 5)
    .map((accord) => `${accordLabel(accord.key, locale)} ${accord.strength}`)
    .join(' · ')}.`;
};

const pyramidLine: FactLine = (facts, mode, locale) => {
  const [top, middle, base, flat] = (['top', 'middle', 'base', 'flat'] as const).map((position) =>
    notesAt(facts, position).map((note) => noteLabel(note, locale)),
  );
  if (top!.length + middle!.length + base!.length === 0) {
    if (flat!.length === 0) return null;
    return locale === 'ko' ? `${listOf(flat!, locale)} 노트가 들어 있어요.` : `Notes: ${listOf(flat!, locale)}.`;
  }
  if (mode === 'expert') {
    const tiers = [
      top!.length ? `${locale === 'ko' ? '탑' : 'top'}: ${top!.join(', ')}` : null,
      middle!.length ? `${locale === 'ko' ? '미들' : 'heart'}: ${middle!.join(', ')}` : null,
      base!.length ? `${locale === 'ko' ? '베이스' : 'base'}: ${base!.join(', ')}` : null,
    ].filter(Boolean);
    return `${locale === 'ko' ? '피라미드' : 'Pyramid'} — ${tiers.join(' / ')}.`;
  }
  return locale === 'ko'
    ? `처음엔 ${listOf(top!, locale) || '가벼운 향'}, 이어서 ${listOf(middle!, locale) || '중심 향'}, 마지막엔 ${listOf(base!, locale) || '잔향'}의 향이 느껴져요.`
    : `It opens with ${listOf(top!, locale) || 'light notes'}, moves to ${listOf(middle!, locale) || 'its heart'} and settles on ${listOf(base!, locale) || 'its base'}.`;
};

const whenToWear: FactLine = (facts, _mode, locale) => {
  const seasons = facts.seasons.filter((entry) => entry.share >= 50).map((entry) => seasonLabel(entry.key, locale));
  const occasions = facts.occasions
    .filter((entry) => entry.share >= 50)
    .slice(0, 2)
    .map((entry) => occasionLabel(entry.key, locale));
  if (seasons.length === 0 && occasions.length === 0) return null;
  return locale === 'ko'
    ? [
        seasons.length ? `${listOf(seasons, locale)}에 잘 어울리고` : null,
        occasions.length ? `${listOf(occasions, locale)} 자리에 좋아요.` : '좋아요.',
      ]
        .filter(Boolean)
        .join(' ')
    : `Best in ${seasons.length ? listOf(seasons, locale) : 'any season'}${occasions.length ? `, for ${listOf(occasions, locale)} wear` : ''}.`;
};

/** Longevity and sillage: numbers for an expert, words for a beginner. */
const performance: FactLine = (facts, mode, locale) => {
  if (mode === 'expert') {
    const line = performanceLine(facts);
    return line ? `${line[locale]}.` : null;
  }
  const longevity = stepLabel(LONGEVITY_STEPS, facts.longevity, locale);
  const sillage = stepLabel(SILLAGE_STEPS, facts.sillage, locale);
  if (!longevity && !sillage) return null;
  return locale === 'ko'
    ? [longevity ? `지속력은 '${longevity}'` : null, sillage ? `퍼지는 정도는 '${sillage}'` : null]
        .filter(Boolean)
        .join(', ')
        .concat(' 편이에요.')
    : [longevity ? `Longevity: ${longevity.toLowerCase()}` : null, sillage ? `sillage: ${sillage.toLowerCase()}` : null]
        .filter(Boolean)
        .join('; ')
        .concat('.');
};

const perfumers: FactLine = (facts, mode, locale) =>
  mode === 'expert' && facts.perfumers.length > 0
    ? `${locale === 'ko' ? '조향사' : 'Perfumer'}: ${facts.perfumers.join(', ')}.`
    : null;

const FACT_LINES: readonly FactLine[] = [introduction, accordsLine, pyramidLine, whenToWear, performance, perfumers];

/** What the catalog says about one perfume, in the member's mode. */
export function perfumeFactText(facts: ChatPerfumeFacts, mode: UserMode, locale: Locale): string {
  return FACT_LINES.flatMap((line) => line(facts, mode, locale) ?? []).join(' ');
}

/** What a note smells like (from the notes' descriptions) and some perfumes that carry it. */
export function noteFactText(
  note: { slug: string; name: string; nameKo: string | null },
  perfumes: readonly NamedPerfume[],
  locale: Locale,
): string {
  const label = locale === 'ko' ? (note.nameKo ?? note.name) : note.name;
  const description = NOTE_DESCRIPTIONS[note.slug];
  const lines: string[] = [];
  if (description) {
    lines.push(locale === 'ko' ? `${particle(label, '은/는')} ${description.ko}` : `${label}: ${description.en}`);
  } else {
    lines.push(
      locale === 'ko'
        ? `${label} 노트에 대한 설명은 아직 준비되어 있지 않아요.`
        : `I have no description of the ${label} note yet.`,
    );
  }
  if (perfumes.length > 0) {
    const names = perfumes.map((perfume) => perfumeName(perfume, locale)).join(', ');
    lines.push(
      locale === 'ko'
        ? `${label} 노트가 들어간 향수로는 ${names} 등이 있어요.`
        : `Perfumes with ${label} include ${names}.`,
    );
  }
  return lines.join(' ');
}

/** What an accord smells like, the notes that build it and some perfumes where it is strong. */
export function accordFactText(
  key: AccordKey,
  notes: readonly { name: string; nameKo: string | null }[],
  perfumes: readonly NamedPerfume[],
  locale: Locale,
): string {
  const label = accordLabel(key, locale);
  const lines = [
    locale === 'ko' ? `${particle(label, '은/는')} ${ACCORD_DESCRIPTIONS[key].ko}` : ACCORD_DESCRIPTIONS[key].en,
  ];
  if (notes.length > 0) {
    const names = notes.map((note) => noteLabel(note, locale)).join(', ');
    lines.push(locale === 'ko' ? `자주 함께 쓰이는 노트: ${names}.` : `Notes that often build it: ${names}.`);
  }
  if (perfumes.length > 0) {
    const names = perfumes.map((perfume) => perfumeName(perfume, locale)).join(', ');
    lines.push(locale === 'ko' ? `${label} 향이 뚜렷한 향수: ${names}.` : `Perfumes where it stands out: ${names}.`);
  }
  return lines.join(' ');
}
