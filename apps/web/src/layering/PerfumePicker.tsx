'use client';

import { type PerfumeSuggestions, type PerfumeSummary, SUGGEST_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import Link from 'next/link';
import { useId, useState } from 'react';
import { PerfumePicture } from '../bottle/PerfumePicture';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxOption } from '../search/Combobox';
import { useSuggestions } from '../search/useSuggestions';

type SuggestedPerfume = PerfumeSuggestions['perfumes'][number];

const SUGGESTION_COUNT = 8;
const PICTURE_SIZE = 72;

interface PerfumePickerProps {
  label: string;
  /** The perfume chosen for this slot, once it has loaded. */
  chosen: PerfumeSummary | null;
  onPick: (perfumeId: number) => void;
  onClear: () => void;
  testId: string;
}

/** One slot of the pair: a search box with the catalog's suggestions, and the perfume chosen in it. */
export function PerfumePicker({ label, chosen, onPick, onClear, testId }: PerfumePickerProps) {
  const { locale, t } = useI18n();
  const text = t.layering.picker;
  const titleId = useId();
  const [typed, setTyped] = useState('');
  const { suggestions, loading } = useSuggestions(typed, SUGGESTION_COUNT);

  const options: ComboboxOption<SuggestedPerfume>[] = (suggestions?.perfumes ?? []).map((perfume) => ({
    key: String(perfume.id),
    kind: 'perfume',
    value: perfume,
    content: (
      <>
        <span className="suggestion__main">{perfume.name}</span>
        <span className="suggestion__sub">
          {[brandIn(locale, perfume), locale === 'ko' && perfume.nameKo !== perfume.name ? perfume.nameKo : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </>
    ),
  }));

  return (
    <section className="layering-picker" aria-labelledby={titleId} data-testid={testId} data-chosen={chosen?.id ?? ''}>
      <h2 id={titleId} className="layering-picker__label">
        {label}
      </h2>
      <div className="search-box layering-picker__box">
        <Combobox
          value={typed}
          onValueChange={setTyped}
          groups={[{ key: 'perfumes', title: t.autocomplete.perfumes, options }]}
          onChoose={(perfume) => {
            setTyped('');
            onPick(perfume.id);
          }}
          status={loading ? t.autocomplete.loading : suggestions && options.length === 0 ? text.empty : null}
          announcement={text.count(options.length)}
          text={{ ...text, label }}
          testId={`${testId}-input`}
          type="search"
          maxLength={SUGGEST_TEXT_MAX_LENGTH}
          className="combobox--search"
          inputClassName="search-box__input"
        />
      </div>
      {chosen ? (
        <div className="layering-picker__chosen" data-testid={`${testId}-chosen`}>
          <PerfumePicture perfume={chosen} locale={locale} size={PICTURE_SIZE} className="layering-picker__picture" />
          <div className="layering-picker__names">
            <span className="layering-picker__brand">{brandIn(locale, chosen)}</span>
            <Link href={`/perfumes/${chosen.id}`} className="layering-picker__name" data-testid={`${testId}-name`}>
              {chosen.name}
            </Link>
            {locale === 'ko' && chosen.nameKo && chosen.nameKo !== chosen.name ? (
              <span className="layering-picker__name-ko">{chosen.nameKo}</span>
            ) : null}
          </div>
          <button
            type="button"
            className="link-button layering-picker__clear"
            data-testid={`${testId}-clear`}
            onClick={onClear}
          >
            {text.clear}
            <span className="visually-hidden">
              {' · '}
              {brandIn(locale, chosen)} {chosen.name}
            </span>
          </button>
        </div>
      ) : null}
    </section>
  );
}
