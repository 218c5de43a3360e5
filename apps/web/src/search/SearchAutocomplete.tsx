'use client';

import { SEARCH_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { brandHref } from '../catalog/brandHref';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox } from './Combobox';
import { type Suggestion, suggestionGroupsOf } from './suggestionGroups';
import { useSuggestionStatus } from './useSuggestionStatus';
import { useSuggestions } from './useSuggestions';

interface SearchAutocompleteProps {
  value: string;
  onValueChange: (value: string) => void;
  inputId: string;
  testId: string;
}

/** The search box's suggestions: a perfume, a brand or a note opens its page. */
export function SearchAutocomplete({ value, onValueChange, inputId, testId }: SearchAutocompleteProps) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const { suggestions, loading } = useSuggestions(value);

  const groups = suggestionGroupsOf(suggestions, locale, t);
  const count = groups.reduce((sum, group) => sum + group.options.length, 0);
  const suggestionStatus = useSuggestionStatus(suggestions, loading, count);

  function choose(suggestion: Suggestion) {
    if (suggestion.kind === 'perfume') router.push(`/perfumes/${suggestion.id}`);
    else if (suggestion.kind === 'note') router.push(`/notes/${encodeURIComponent(suggestion.slug)}`);
    else router.push(brandHref(suggestion.name));
  }

  return (
    <Combobox
      value={value}
      onValueChange={onValueChange}
      groups={groups}
      onChoose={choose}
      {...suggestionStatus}
      text={{ ...t.searchBox, instructions: t.autocomplete.instructions }}
      testId={testId}
      inputId={inputId}
      name="q"
      maxLength={SEARCH_TEXT_MAX_LENGTH}
      className="combobox--search"
      inputClassName="search-box__input"
    />
  );
}
