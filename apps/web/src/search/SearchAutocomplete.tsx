'use client';

import { SEARCH_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { PerfumeBottle } from '../bottle/PerfumeBottle';
import { brandHref } from '../catalog/brandHref';
import { brandIn, noteAltName, noteNameIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxGroup } from './Combobox';
import { useSuggestions } from './useSuggestions';

/** Height of a suggested perfume's bottle drawing, in CSS pixels. */
const SUGGESTION_BOTTLE_SIZE = 40;

type Suggestion = { kind: 'perfume'; id: number } | { kind: 'brand'; name: string } | { kind: 'note'; slug: string };

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

  const groups: ComboboxGroup<Suggestion>[] = suggestions
    ? [
        {
          key: 'perfumes',
          title: t.autocomplete.perfumes,
          options: suggestions.perfumes.map((perfume) => ({
            key: `perfume-${perfume.id}`,
            kind: 'perfume',
            value: { kind: 'perfume', id: perfume.id },
            content: (
              <>
                {/* The option's text names the perfume; the drawing only shows it. */}
                <span className="suggestion__bottle" aria-hidden="true">
                  <PerfumeBottle perfume={perfume} locale={locale} size={SUGGESTION_BOTTLE_SIZE} />
                </span>
                <span className="suggestion__main">{perfume.name}</span>
                <span className="suggestion__sub">
                  {[brandIn(locale, perfume), locale === 'ko' ? perfume.nameKo : null].filter(Boolean).join(' · ')}
                </span>
              </>
            ),
          })),
        },
        {
          key: 'brands',
          title: t.autocomplete.brands,
          options: suggestions.brands.map((brand) => ({
            key: `brand-${brand.name}`,
            kind: 'brand',
            value: { kind: 'brand', name: brand.name },
            content: (
              <>
                <span className="suggestion__main">
                  {brandIn(locale, { brand: brand.name, brandKo: brand.nameKo })}
                </span>
                <span className="suggestion__sub">
                  {[locale === 'ko' && brand.nameKo ? brand.name : null, t.autocomplete.brandPerfumes(brand.perfumes)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </>
            ),
          })),
        },
        {
          key: 'notes',
          title: t.autocomplete.notes,
          options: suggestions.notes.map((note) => ({
            key: `note-${note.slug}`,
            kind: 'note',
            value: { kind: 'note', slug: note.slug },
            content: (
              <>
                <span className="suggestion__main">{noteNameIn(locale, note)}</span>
                <span className="suggestion__sub">{noteAltName(locale, note)}</span>
              </>
            ),
          })),
        },
      ]
    : [];
  const count = groups.reduce((sum, group) => sum + group.options.length, 0);

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
      status={loading ? t.autocomplete.loading : suggestions && count === 0 ? t.autocomplete.empty : null}
      announcement={t.autocomplete.count(count)}
      label={t.searchBox.label}
      instructions={t.autocomplete.instructions}
      placeholder={t.searchBox.placeholder}
      testId={testId}
      inputId={inputId}
      name="q"
      maxLength={SEARCH_TEXT_MAX_LENGTH}
      className="combobox--search"
      inputClassName="search-box__input"
    />
  );
}
