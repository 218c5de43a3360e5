import type { TasteProfile } from '@scentence/api/schemas';
import { accordOf } from '../components/AccordBars';
import { type Locale, labelIn } from '../i18n/locale';
import type { ShareRow } from './TasteShareList';

/** How many accords the bars list; the radar draws the first eight of them. */
const BAR_ACCORDS = 8;

/** The strongest accords of the profile as bars in their own colours. */
export function accordRows(locale: Locale, rows: TasteProfile['accords']): ShareRow[] {
  return rows.slice(0, BAR_ACCORDS).map(({ key, weight }) => {
    const accord = accordOf(key);
    return { key, label: accord ? labelIn(locale, accord) : key, value: weight, colour: accord?.color };
  });
}

/** One bar for every label of a vocabulary (seasons, genders), 0 for those the profile lacks. */
export function shareRows<K extends string>(
  locale: Locale,
  shares: { key: K; share: number }[],
  labels: readonly { key: K; ko: string; en: string }[],
): ShareRow[] {
  return labels.map((label) => ({
    key: label.key,
    label: labelIn(locale, label),
    value: shares.find((share) => share.key === label.key)?.share ?? 0,
  }));
}
