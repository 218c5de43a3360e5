'use client';

import { SUGGEST_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { useState } from 'react';
import { brandIn, noteAltName, noteNameIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxOption } from './Combobox';
import { useSuggestionStatus } from './useSuggestionStatus';
import { useSuggestions } from './useSuggestions';

interface SuggestPickerProps {
  /** Notes give their slug, brands their catalog name. */
  kind: 'notes' | 'brands';
  label: string;
  placeholder: string;
  /** Already chosen: not offered again. */
  chosen: readonly string[];
  onPick: (value: string) => void;
  testId: string;
}

/** A small text box that offers matching notes (or brands) from the suggestions, to add as a filter. */
export function SuggestPicker({ kind, label, placeholder, chosen, onPick, testId }: SuggestPickerProps) {
  const { locale, t } = useI18n();
  const [text, setText] = useState('');
  const { suggestions, loading } = useSuggestions(text, 8);

  const options: ComboboxOption<string>[] =
    kind === 'notes'
      ? (suggestions?.notes ?? [])
          .filter((note) => !chosen.includes(note.slug))
          .map((note) => ({
            key: note.slug,
            kind: 'note',
            value: note.slug,
            content: (
              <>
                <span className="suggestion__main">{noteNameIn(locale, note)}</span>
                <span className="suggestion__sub">{noteAltName(locale, note)}</span>
              </>
            ),
          }))
      : (suggestions?.brands ?? [])
          .filter((brand) => !chosen.includes(brand.name))
          .map((brand) => ({
            key: brand.name,
            kind: 'brand',
            value: brand.name,
            content: (
              <>
                <span className="suggestion__main">
                  {brandIn(locale, { brand: brand.name, brandKo: brand.nameKo })}
                </span>
                <span className="suggestion__sub">{t.autocomplete.brandPerfumes(brand.perfumes)}</span>
              </>
            ),
          }));

  const suggestionStatus = useSuggestionStatus(suggestions, loading, options.length);

  return (
    <Combobox
      value={text}
      onValueChange={setText}
      groups={[{ key: kind, title: kind === 'notes' ? t.autocomplete.notes : t.autocomplete.brands, options }]}
      onChoose={(value) => {
        setText('');
        onPick(value);
      }}
      {...suggestionStatus}
      text={{ label, placeholder, instructions: t.autocomplete.instructions }}
      testId={testId}
      type="text"
      maxLength={SUGGEST_TEXT_MAX_LENGTH}
      className="combobox--picker"
      inputClassName="picker__input"
    />
  );
}
