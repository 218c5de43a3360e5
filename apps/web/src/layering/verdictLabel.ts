import { LAYERING_VERDICT_LABELS, type LayeringVerdict, type Locale } from '@scentence/api/schemas';

/** "아주 잘 어울려요" / "Great together": the schema's own label of a verdict. */
export function verdictLabel(verdict: LayeringVerdict, locale: Locale): string {
  const label = LAYERING_VERDICT_LABELS.find((entry) => entry.key === verdict);
  return label ? label[locale] : verdict;
}
