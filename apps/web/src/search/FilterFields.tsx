'use client';

import { ACCORDS, GENDERS, type Label, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import './search.css';
import { ToggleChoices } from '../components/ToggleChoices';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { RemovableChip } from './RemovableChip';
import { SuggestPicker } from './SuggestPicker';
import { addNote, type NoteListName, removeNote, type SearchFilters, toggleAccord } from './searchFilters';
import { useBrandLabel, useNoteLabels } from './useCatalogLabels';
import { YearRange } from './YearRange';

interface FilterFieldsProps {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}

interface SingleChoiceProps<K extends string> {
  name: 'gender' | 'season' | 'occasion';
  title: string;
  options: readonly Label<K>[];
  value: K | null;
  onChange: (value: K | null) => void;
}

function SingleChoice<K extends string>({ name, title, options, value, onChange }: SingleChoiceProps<K>) {
  const { locale, t } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{title}</legend>
      <div className="chips">
        <button
          type="button"
          className="chip"
          aria-pressed={value === null}
          data-testid={`filter-${name}-any`}
          onClick={() => onChange(null)}
        >
          {t.search.any}
        </button>
        <ToggleChoices
          options={options}
          labelOf={(option) => labelIn(locale, option)}
          isPressed={(option) => value === option.key}
          onPress={(option) => onChange(value === option.key ? null : option.key)}
          testId={`filter-${name}`}
          buttonClassName="chip"
        />
      </div>
    </fieldset>
  );
}

interface NoteFilterProps extends FilterFieldsProps {
  list: NoteListName;
  title: string;
}

function NoteFilter({ list, title, filters, onChange }: NoteFilterProps) {
  const { t } = useI18n();
  const labels = useNoteLabels(filters[list]);
  const name = list === 'notes' ? 'notes' : 'exclude-notes';
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{title}</legend>
      {filters[list].length > 0 ? (
        <div className="chips filter-group__chosen" data-testid={`filter-${name}`}>
          {filters[list].map((slug) => (
            <RemovableChip
              key={slug}
              label={labels.get(slug) ?? slug}
              testId={`filter-${name}-chip`}
              onRemove={() => onChange(removeNote(filters, list, slug))}
            />
          ))}
        </div>
      ) : null}
      <SuggestPicker
        kind="notes"
        label={title}
        placeholder={t.search.notePlaceholder}
        chosen={[...filters.notes, ...filters.excludeNotes]}
        onPick={(slug) => onChange(addNote(filters, list, slug))}
        testId={`filter-${name}-input`}
      />
    </fieldset>
  );
}

function BrandFilter({ filters, onChange }: FilterFieldsProps) {
  const { t } = useI18n();
  const label = useBrandLabel(filters.brand);
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{t.search.brand}</legend>
      {filters.brand && label ? (
        <div className="chips filter-group__chosen">
          <RemovableChip
            label={label}
            testId="filter-brand-chip"
            onRemove={() => onChange({ ...filters, brand: null })}
          />
        </div>
      ) : null}
      <SuggestPicker
        kind="brands"
        label={t.search.brand}
        placeholder={t.search.brandPlaceholder}
        chosen={filters.brand ? [filters.brand] : []}
        onPick={(brand) => onChange({ ...filters, brand })}
        testId="filter-brand-input"
      />
    </fieldset>
  );
}

const ACCORD_MODES = ['all', 'any'] as const;

/** Accords to look for, and whether a perfume needs all of them or any one. */
function AccordFilter({ filters, onChange }: FilterFieldsProps) {
  const { locale, t } = useI18n();
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">{t.search.accords}</legend>
      <fieldset className="match-mode">
        <legend className="visually-hidden">{t.search.accordMode}</legend>
        <ToggleChoices
          options={ACCORD_MODES}
          labelOf={(mode) => (mode === 'all' ? t.search.accordModeAll : t.search.accordModeAny)}
          isPressed={(mode) => filters.accordMode === mode}
          onPress={(accordMode) => onChange({ ...filters, accordMode })}
          testId="filter-accord-mode"
          buttonClassName="match-mode__option"
        />
      </fieldset>
      <p className="filter-group__hint">
        {filters.accordMode === 'any' ? t.search.accordsHintAny : t.search.accordsHint}
      </p>
      <div className="chips">
        <ToggleChoices
          options={ACCORDS}
          labelOf={(accord) => (
            <>
              <span className="chip__dot" style={{ backgroundColor: accord.color }} aria-hidden="true" />
              {labelIn(locale, accord)}
            </>
          )}
          isPressed={(accord) => filters.accords.includes(accord.key)}
          onPress={(accord) => onChange(toggleAccord(filters, accord.key))}
          testId="filter-accord"
          buttonClassName="chip chip--accord"
        />
      </div>
    </fieldset>
  );
}

/** Every search filter, in groups; the desktop panel and the mobile sheet both show them. */
export function FilterFields({ filters, onChange }: FilterFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="filter-fields">
      <AccordFilter filters={filters} onChange={onChange} />
      <BrandFilter filters={filters} onChange={onChange} />
      <NoteFilter list="notes" title={t.search.notesInclude} filters={filters} onChange={onChange} />
      <NoteFilter list="excludeNotes" title={t.search.notesExclude} filters={filters} onChange={onChange} />

      <SingleChoice
        name="gender"
        title={t.search.gender}
        options={GENDERS}
        value={filters.gender}
        onChange={(gender) => onChange({ ...filters, gender })}
      />
      <SingleChoice
        name="season"
        title={t.search.season}
        options={SEASONS}
        value={filters.season}
        onChange={(season) => onChange({ ...filters, season })}
      />
      <SingleChoice
        name="occasion"
        title={t.search.occasion}
        options={OCCASIONS}
        value={filters.occasion}
        onChange={(occasion) => onChange({ ...filters, occasion })}
      />
      <YearRange
        yearFrom={filters.yearFrom}
        yearTo={filters.yearTo}
        onChange={(yearFrom, yearTo) => onChange({ ...filters, yearFrom, yearTo })}
      />
    </div>
  );
}
