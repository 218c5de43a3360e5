import type { PerfumeSummary } from '@scentence/api/schemas';
import { brandIn } from '../catalog/names';
import type { Locale } from '../i18n/locale';

/** "르라보 Santal 33": the house as the reader knows it, then the perfume's catalog name. */
export function displayName(locale: Locale, perfume: Pick<PerfumeSummary, 'brand' | 'brandKo' | 'name'>): string {
  return `${brandIn(locale, perfume)} ${perfume.name}`;
}
