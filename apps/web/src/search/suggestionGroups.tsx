import { PerfumeBottle } from '../bottle/PerfumeBottle';
import { brandIn, noteAltName, noteNameIn } from '../catalog/names';
import type { Dictionary } from '../i18n/ko';
import type { Locale } from '../i18n/locale';
import type { ComboboxGroup, ComboboxOption } from './comboboxOptions';
import type { Suggestions } from './useSuggestions';

/** Height of a suggested perfume's bottle drawing, in CSS pixels. */
const SUGGESTION_BOTTLE_SIZE = 40;

/** What choosing a suggestion opens: a perfume's, a brand's or a note's page. */
export type Suggestion =
  | { kind: 'perfume'; id: number }
  | { kind: 'brand'; name: string }
  | { kind: 'note'; slug: string };

type SuggestionOption = ComboboxOption<Suggestion>;

function perfumeOption(perfume: Suggestions['perfumes'][number], locale: Locale): SuggestionOption {
  return {
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
  };
}

function brandOption(brand: Suggestions['brands'][number], locale: Locale, t: Dictionary): SuggestionOption {
  return {
    key: `brand-${brand.name}`,
    kind: 'brand',
    value: { kind: 'brand', name: brand.name },
    content: (
      <>
        <span className="suggestion__main">{brandIn(locale, { brand: brand.name, brandKo: brand.nameKo })}</span>
        <span className="suggestion__sub">
          {[locale === 'ko' && brand.nameKo ? brand.name : null, t.autocomplete.brandPerfumes(brand.perfumes)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </>
    ),
  };
}

function noteOption(note: Suggestions['notes'][number], locale: Locale): SuggestionOption {
  return {
    key: `note-${note.slug}`,
    kind: 'note',
    value: { kind: 'note', slug: note.slug },
    content: (
      <>
        <span className="suggestion__main">{noteNameIn(locale, note)}</span>
        <span className="suggestion__sub">{noteAltName(locale, note)}</span>
      </>
    ),
  };
}

/** The suggestions as the combobox lists them: perfumes, then brands, then notes. */
export function suggestionGroupsOf(
  suggestions: Suggestions | undefined,
  locale: Locale,
  t: Dictionary,
): ComboboxGroup<Suggestion>[] {
  if (!suggestions) return [];
  return [
    {
      key: 'perfumes',
      title: t.autocomplete.perfumes,
      options: suggestions.perfumes.map((perfume) => perfumeOption(perfume, locale)),
    },
    {
      key: 'brands',
      title: t.autocomplete.brands,
      options: suggestions.brands.map((brand) => brandOption(brand, locale, t)),
    },
    {
      key: 'notes',
      title: t.autocomplete.notes,
      options: suggestions.notes.map((note) => noteOption(note, locale)),
    },
  ];
}
