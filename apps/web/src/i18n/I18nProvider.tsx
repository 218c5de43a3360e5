'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Dictionary } from './ko';
import { dictionaryOf, type Locale } from './locale';

interface I18n {
  locale: Locale;
  t: Dictionary;
}

const I18nContext = createContext<I18n | null>(null);

/** Gives client components the request's language; only the locale crosses from the server. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, t: dictionaryOf(locale) }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
