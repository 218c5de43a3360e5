import type { Locale } from '@scentence/api/schemas';
import type { Label } from '@scentence/api/vocabulary';
import { en } from './en';
import { type Dictionary, ko } from './ko';

export type { Locale };

export const LOCALES: readonly Locale[] = ['ko', 'en'];
export const DEFAULT_LOCALE: Locale = 'ko';
/** The cookie that carries the chosen language; read on the server, set by the language switch. */
export const LANG_COOKIE = 'lang';

const DICTIONARIES: Record<Locale, Dictionary> = { ko, en };

export function toLocale(value: string | undefined): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

export function dictionaryOf(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

/** A vocabulary entry (accord, season, gender…) in the reader's language. */
export function labelIn(locale: Locale, label: Pick<Label<string>, 'ko' | 'en'>): string {
  return label[locale];
}
