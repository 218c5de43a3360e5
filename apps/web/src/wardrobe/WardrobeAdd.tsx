'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxOption } from '../search/Combobox';
import { useSuggestions } from '../search/useSuggestions';
import { AddSuggestion, type SuggestedPerfume } from './AddSuggestion';
import { AddTargetSelect } from './AddTargetSelect';
import { useAddToWardrobe } from './useAddToWardrobe';

const SUGGESTION_COUNT = 8;
export const ADD_INPUT_ID = 'wardrobe-add-input';

interface WardrobeAddProps {
  target: WardrobeState;
  onTarget: (state: WardrobeState) => void;
  announce: (message: string) => void;
}

/**
 * A search box whose suggestions go straight into the wardrobe. The list stays open after each
 * choice, so several perfumes can be added in a row, by mouse or with ↓ and Enter.
 */
export function WardrobeAdd({ target, onTarget, announce }: WardrobeAddProps) {
  const { t } = useI18n();
  const text = t.wardrobe.add;
  const add = useAddToWardrobe(target, announce);
  const [typed, setTyped] = useState('');
  const { suggestions, loading } = useSuggestions(typed, SUGGESTION_COUNT);
  const perfumes = suggestions?.perfumes ?? [];

  const options: ComboboxOption<SuggestedPerfume>[] = perfumes.map((perfume) => ({
    key: String(perfume.id),
    kind: 'perfume',
    value: perfume,
    content: <AddSuggestion perfume={perfume} />,
  }));

  return (
    <section className="wardrobe-add" aria-labelledby="wardrobe-add-title">
      <h2 id="wardrobe-add-title" className="wardrobe-section-title">
        {text.title}
      </h2>
      <div className="wardrobe-add__row">
        <div className="search-box wardrobe-add__box">
          <Combobox
            value={typed}
            onValueChange={setTyped}
            groups={[{ key: 'perfumes', title: t.autocomplete.perfumes, options }]}
            onChoose={(perfume) => void add(perfume)}
            status={loading ? t.autocomplete.loading : suggestions && options.length === 0 ? text.empty : null}
            announcement={text.count(options.length)}
            text={text}
            testId="wardrobe-add"
            inputId={ADD_INPUT_ID}
            type="search"
            maxLength={100}
            className="combobox--search"
            inputClassName="search-box__input"
            keepOpenOnChoose
          />
        </div>
        <AddTargetSelect target={target} onTarget={onTarget} />
      </div>
    </section>
  );
}
