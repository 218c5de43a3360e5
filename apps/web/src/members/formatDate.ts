import type { Locale } from '../i18n/locale';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };

/** A day as the reader writes it ("2026년 5월 3일", "May 3, 2026"); empty for a bad date. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(date);
}
