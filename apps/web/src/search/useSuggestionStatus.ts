'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { Suggestions } from './useSuggestions';

/** What a suggestions combobox tells the reader: still loading or nothing found, how many, and how to use it. */
export function useSuggestionStatus(suggestions: Suggestions | undefined, loading: boolean, count: number) {
  const { t } = useI18n();
  return {
    status: loading ? t.autocomplete.loading : suggestions && count === 0 ? t.autocomplete.empty : null,
    announcement: t.autocomplete.count(count),
    instructions: t.autocomplete.instructions,
  };
}
