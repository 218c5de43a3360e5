'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { ToggleChoices } from '../components/ToggleChoices';
import { useI18n } from './I18nProvider';
import { LANG_COOKIE, LOCALES, type Locale } from './locale';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Sets the `lang` cookie and re-renders the server components in the new language. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(next: Locale) {
    if (next === locale) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Safari before 18.4, which Next 16 still supports
    document.cookie = `${LANG_COOKIE}=${next}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <fieldset className="language-switch" aria-busy={pending}>
      <legend className="visually-hidden">{t.language.label}</legend>
      <ToggleChoices
        options={LOCALES}
        labelOf={(option) => t.language[option]}
        isPressed={(option) => option === locale}
        onPress={choose}
        testId="language"
        buttonClassName="language-switch__option"
        langOf={(option) => option}
      />
    </fieldset>
  );
}
