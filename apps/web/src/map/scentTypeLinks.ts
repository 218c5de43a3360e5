import type { Locale } from '../i18n/locale';

/** The share page of a card. */
export function scentTypePagePath(id: string): string {
  return `/map/card/${encodeURIComponent(id)}`;
}

/** The card as a PNG (the download and the share page's preview), in the reader's language. */
export function scentTypeImagePath(id: string, locale: Locale): string {
  return `${scentTypePagePath(id)}/image.png${locale === 'ko' ? '' : `?lang=${locale}`}`;
}
