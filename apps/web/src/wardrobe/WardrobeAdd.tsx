'use client';

import { type PerfumeSuggestions, WARDROBE_STATES, type WardrobeState } from '@scentence/api/schemas';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxOption } from '../search/Combobox';
import { useSuggestions } from '../search/useSuggestions';
import { trpc } from '../trpc/client';
import type { WardrobeStatusItem } from './statusBatcher';
import { useWardrobeRefresh, useWardrobeStatus, useWardrobeStatusOf, WARDROBE_STATUS_KEY } from './useWardrobeStatus';

type SuggestedPerfume = PerfumeSuggestions['perfumes'][number];

const SUGGESTION_COUNT = 8;
export const ADD_INPUT_ID = 'wardrobe-add-input';

/** A suggestion, with the state it already has in the wardrobe (all of them asked in one call). */
function AddSuggestion({ perfume }: { perfume: SuggestedPerfume }) {
  const { locale, t } = useI18n();
  const { entry } = useWardrobeStatus(perfume.id);
  return (
    <>
      <span className="suggestion__main">{perfume.name}</span>
      <span className="suggestion__sub wardrobe-add__sub">
        {[brandIn(locale, perfume), perfume.nameKo !== perfume.name ? perfume.nameKo : null]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {entry ? (
        <span className="wardrobe-add__badge" data-testid="suggestion-state" data-state={entry.state}>
          {t.wardrobe.control.inState[entry.state]}
        </span>
      ) : null}
    </>
  );
}

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
  const { locale, t } = useI18n();
  const text = t.wardrobe.add;
  const queryClient = useQueryClient();
  const refresh = useWardrobeRefresh();
  const statusOf = useWardrobeStatusOf();
  const save = trpc.wardrobe.save.useMutation();
  const [typed, setTyped] = useState('');
  const { suggestions, loading } = useSuggestions(typed, SUGGESTION_COUNT);
  const perfumes = suggestions?.perfumes ?? [];

  const options: ComboboxOption<SuggestedPerfume>[] = perfumes.map((perfume) => ({
    key: String(perfume.id),
    kind: 'perfume',
    value: perfume,
    content: <AddSuggestion perfume={perfume} />,
  }));

  async function add(perfume: SuggestedPerfume) {
    const name = `${brandIn(locale, perfume)} ${perfume.name}`;
    const key = [WARDROBE_STATUS_KEY, perfume.id];
    try {
      // Saving is "add or change": a perfume already in the wardrobe must not be moved by adding it again.
      const already = await statusOf(perfume.id);
      if (already) {
        announce(t.wardrobe.told(text.alreadyIn[already.state], name));
        return;
      }
      await save.mutateAsync({ perfumeId: perfume.id, state: target, source: 'manual' });
      queryClient.setQueryData<WardrobeStatusItem>(key, {
        perfumeId: perfume.id,
        state: target,
        preference: 'neutral',
      });
      announce(t.wardrobe.told(text.addedTo[target], name));
      await refresh();
    } catch {
      announce(t.wardrobe.told(text.failed, name));
    }
  }

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
            label={text.label}
            instructions={text.instructions}
            placeholder={text.placeholder}
            testId="wardrobe-add"
            inputId={ADD_INPUT_ID}
            type="search"
            maxLength={100}
            className="combobox--search"
            inputClassName="search-box__input"
            keepOpenOnChoose
          />
        </div>
        <label className="wardrobe-field wardrobe-add__target">
          <span className="wardrobe-field__label">{text.target}</span>
          <select
            className="wardrobe-field__input"
            value={target}
            data-testid="wardrobe-add-target"
            onChange={(event) => onTarget(WARDROBE_STATES.find((state) => state === event.target.value) ?? 'have')}
          >
            {WARDROBE_STATES.map((state) => (
              <option key={state} value={state}>
                {t.wardrobe.states[state]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
