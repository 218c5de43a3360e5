import type { Locale } from '../i18n/locale';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };

function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** When a guest may send again, as the reader says it: "오후 3:20", or "내일 오전 9:00" when it is another day. */
export function comebackTime(retryAt: number, now: number, locale: Locale, tomorrow: (time: string) => string): string {
  const at = new Date(retryAt);
  const time = new Intl.DateTimeFormat(TAGS[locale], { hour: 'numeric', minute: '2-digit' }).format(at);
  return dayOf(at) === dayOf(new Date(now)) ? time : tomorrow(time);
}
