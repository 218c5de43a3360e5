'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { Suggestions } from './useSuggestions';

/** What a suggestions combobox tells the reader: still loading or nothing found, and how many. */
export function useSuggestionStatus(suggestions: Suggestions | undefined, loading: boolean, count: number) {
  const { t } = useI18n();
  return {
    status: loading ? t.autocomplete.loading : suggestions && count === 0 ? t.autocomplete.empty : null,
    announcement: t.autocomplete.count(count),
  };
}
