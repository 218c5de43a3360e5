import type { Locale, UserMode } from '@scentence/api/schemas';
import { ACCORD_PRESENT, type ChatPerfumeFacts } from '@scentence/db';
import { accordLabel, genderLabel, listOf, particle, perfumeName, seasonLabel } from '../wording';

const present = (facts: ChatPerfumeFacts) =>
  facts.accords.filter((accord) => accord.strength >= ACCORD_PRESENT).map((accord) => accord.key);
const bestSeasons = (facts: ChatPerfumeFacts) =>
  facts.seasons.filter((entry) => entry.share >= 50).map((entry) => entry.key);

/** Two perfumes side by side, from their catalog data: what they share, what sets each apart, when and how long. */
export function comparisonText(a: ChatPerfumeFacts, b: ChatPerfumeFacts, mode: UserMode, locale: Locale): string {
  const nameA = perfumeName(a, locale);
  const nameB = perfumeName(b, locale);
  const accordsA = present(a);
  const accordsB = present(b);
  const shared = accordsA.filter((accord) => accordsB.includes(accord));
  const onlyA = accordsA.filter((accord) => !accordsB.includes(accord)).slice(0, 3);
  const onlyB = accordsB.filter((accord) => !accordsA.includes(accord)).slice(0, 3);
  const label = (keys: readonly (typeof accordsA)[number][]) =>
    listOf(
      keys.map((key) => accordLabel(key, locale)),
      locale,
    );
  const lines: string[] = [];
  if (shared.length > 0) {
    lines.push(
      locale === 'ko'
        ? `${particle(nameA, '와/과')} ${particle(nameB, '은/는')} 둘 다 ${label(shared.slice(0, 3))} 계열이에요.`
        : `${nameA} and ${nameB} are both ${label(shared.slice(0, 3))}.`,
    );
  } else {
    lines.push(
      locale === 'ko'
        ? `${particle(nameA, '와/과')} ${particle(nameB, '은/는')} 겹치는 어코드가 거의 없는, 성격이 다른 향수예요.`
        : `${nameA} and ${nameB} share almost no accords: they are quite different.`,
    );
  }
  if (onlyA.length > 0 || onlyB.length > 0) {
    lines.push(
      locale === 'ko'
        ? [
            onlyA.length ? `${particle(nameA, '은/는')} ${label(onlyA)}` : null,
            onlyB.length ? `${particle(nameB, '은/는')} ${label(onlyB)}` : null,
          ]
            .filter(Boolean)
            .join(', ')
            .concat(' 쪽이 더 두드러져요.')
        : [
            onlyA.length ? `${nameA} leans ${label(onlyA)}` : null,
            onlyB.length ? `${nameB} leans ${label(onlyB)}` : null,
          ]
            .filter(Boolean)
            .join('; ')
            .concat('.'),
    );
  }
  if (a.gender !== b.gender) {
    lines.push(
      locale === 'ko'
        ? `${particle(nameA, '은/는')} ${genderLabel(a.gender, locale)}, ${particle(nameB, '은/는')} ${genderLabel(b.gender, locale)}인 편이에요.`
        : `${nameA} reads ${genderLabel(a.gender, locale).toLowerCase()}, ${nameB} ${genderLabel(b.gender, locale).toLowerCase()}.`,
    );
  }
  const seasonsA = bestSeasons(a).map((key) => seasonLabel(key, locale));
  const seasonsB = bestSeasons(b).map((key) => seasonLabel(key, locale));
  if (seasonsA.length > 0 && seasonsB.length > 0 && seasonsA.join() !== seasonsB.join()) {
    lines.push(
      locale === 'ko'
        ? `계절은 ${particle(nameA, '이/가')} ${listOf(seasonsA, locale)}, ${particle(nameB, '이/가')} ${listOf(seasonsB, locale)}에 더 잘 맞아요.`
        : `${nameA} suits ${listOf(seasonsA, locale)}; ${nameB} suits ${listOf(seasonsB, locale)}.`,
    );
  }
  if (a.longevity !== null && b.longevity !== null && Math.abs(a.longevity - b.longevity) >= 0.2) {
    const longer = a.longevity > b.longevity ? a : b;
    const figures = mode === 'expert' ? ` (${a.longevity.toFixed(1)} / ${b.longevity.toFixed(1)})` : '';
    lines.push(
      locale === 'ko'
        ? `더 오래가는 쪽은 ${particle(perfumeName(longer, locale), '이에요/예요')}${figures}.`
        : `${perfumeName(longer, locale)} lasts longer${figures}.`,
    );
  }
  if (mode === 'expert' && a.sillage !== null && b.sillage !== null) {
    lines.push(
      locale === 'ko'
        ? `확산력: ${a.sillage.toFixed(1)} / ${b.sillage.toFixed(1)} (4점 만점).`
        : `Sillage: ${a.sillage.toFixed(1)} / ${b.sillage.toFixed(1)} out of 4.`,
    );
  }
  return lines.join(' ');
}
