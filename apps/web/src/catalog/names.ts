import type { PerfumeSummary } from '@scentence/api/schemas';
import type { Locale } from '../i18n/locale';

interface NamedNote {
  name: string;
  nameKo: string | null;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}

/** A brand as the reader knows it: the Korean name in Korean where we have one. */
export function brandIn(locale: Locale, perfume: Pick<PerfumeSummary, 'brand' | 'brandKo'>): string {
  return locale === 'ko' && perfume.brandKo ? perfume.brandKo : perfume.brand;
}

/** A note's display name; the catalog stores English note names in lower case ("pink pepper"). */
export function noteNameIn(locale: Locale, note: NamedNote): string {
  return locale === 'ko' && note.nameKo ? note.nameKo : capitalised(note.name);
}

/** The other language's name, shown beside the main one when it differs. */
export function noteAltName(locale: Locale, note: NamedNote): string | null {
  if (locale === 'ko') return note.nameKo ? capitalised(note.name) : null;
  return note.nameKo;
}

/** A note slug as a readable stand-in while its name loads ("pink-pepper" → "Pink pepper"). */
export function slugAsName(slug: string): string {
  return capitalised(slug.replaceAll('-', ' '));
}

/** Similarity 0..1 as a whole percentage. */
export function similarityPercent(similarity: number): number {
  return Math.round(Math.max(0, Math.min(1, similarity)) * 100);
}
