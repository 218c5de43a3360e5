import type { MapPoints, PerfumeSummary } from '@scentence/api/schemas';
import type { Locale } from '../i18n/locale';

/** The name a reader of `locale` knows first, and the other one when it differs. */
export function perfumeNamesIn(
  locale: Locale,
  perfume: Pick<PerfumeSummary, 'name' | 'nameKo'>,
): { main: string; other: string | null } {
  const korean = perfume.nameKo && perfume.nameKo !== perfume.name ? perfume.nameKo : null;
  if (locale === 'ko' && korean) return { main: korean, other: perfume.name };
  return { main: perfume.name, other: korean };
}

/** A point's brand from the map's own columns, before the perfume's details arrive. */
export function brandOfPoint(points: MapPoints, index: number, locale: Locale): string | null {
  const brand = points.dictionaries.brands[points.brand[index] ?? -1];
  if (!brand) return null;
  return locale === 'ko' && brand.nameKo ? brand.nameKo : brand.name;
}
