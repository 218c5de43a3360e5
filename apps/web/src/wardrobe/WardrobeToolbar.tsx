'use client';

import { WARDROBE_SORTS } from '@scentence/api/schemas';
import { ACCORDS, SEASONS } from '@scentence/api/vocabulary';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { type BrandOption, type CollectionFilters, NO_COLLECTION_FILTERS } from './collectionQuery';
import type { WardrobeView } from './WardrobeEntryItem';

interface WardrobeToolbarProps {
  filters: CollectionFilters;
  onChange: (filters: CollectionFilters) => void;
  brands: readonly BrandOption[];
  view: WardrobeView;
  onView: (view: WardrobeView) => void;
}

/** Search within the collection, sort, filter by brand, accord and season, and gallery or list. */
export function WardrobeToolbar({ filters, onChange, brands, view, onView }: WardrobeToolbarProps) {
  const { locale, t } = useI18n();
  const text = t.wardrobe.toolbar;
  const filtered = filters.q !== '' || filters.brand !== '' || filters.accord !== '' || filters.season !== '';
  return (
    <search className="wardrobe-toolbar" aria-label={text.label}>
      <label className="wardrobe-field wardrobe-field--search">
        <span className="wardrobe-field__label">{text.search}</span>
        <input
          type="search"
          className="wardrobe-field__input"
          value={filters.q}
          maxLength={100}
          placeholder={text.searchPlaceholder}
          data-testid="wardrobe-filter-q"
          onChange={(event) => onChange({ ...filters, q: event.target.value })}
        />
      </label>
      <label className="wardrobe-field">
        <span className="wardrobe-field__label">{text.brand}</span>
        <select
          className="wardrobe-field__input"
          value={filters.brand}
          data-testid="wardrobe-filter-brand"
          onChange={(event) => onChange({ ...filters, brand: event.target.value })}
        >
          <option value="">{text.all}</option>
          {brands.map(({ brand, label }) => (
            <option key={brand} value={brand}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="wardrobe-field">
        <span className="wardrobe-field__label">{text.accord}</span>
        <select
          className="wardrobe-field__input"
          value={filters.accord}
          data-testid="wardrobe-filter-accord"
          onChange={(event) =>
            onChange({ ...filters, accord: ACCORDS.find(({ key }) => key === event.target.value)?.key ?? '' })
          }
        >
          <option value="">{text.all}</option>
          {ACCORDS.map((accord) => (
            <option key={accord.key} value={accord.key}>
              {labelIn(locale, accord)}
            </option>
          ))}
        </select>
      </label>
      <label className="wardrobe-field">
        <span className="wardrobe-field__label">{text.season}</span>
        <select
          className="wardrobe-field__input"
          value={filters.season}
          data-testid="wardrobe-filter-season"
          onChange={(event) =>
            onChange({ ...filters, season: SEASONS.find(({ key }) => key === event.target.value)?.key ?? '' })
          }
        >
          <option value="">{text.all}</option>
          {SEASONS.map((season) => (
            <option key={season.key} value={season.key}>
              {labelIn(locale, season)}
            </option>
          ))}
        </select>
      </label>
      <label className="wardrobe-field">
        <span className="wardrobe-field__label">{text.sort}</span>
        <select
          className="wardrobe-field__input"
          value={filters.sort}
          data-testid="wardrobe-sort"
          onChange={(event) =>
            onChange({ ...filters, sort: WARDROBE_SORTS.find((sort) => sort === event.target.value) ?? 'added' })
          }
        >
          {WARDROBE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {text.sorts[sort]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="wardrobe-view">
        <legend className="wardrobe-field__label">{text.view}</legend>
        <div className="wardrobe-view__options">
          {(['gallery', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="wardrobe-view__option"
              aria-pressed={view === option}
              data-testid={`wardrobe-view-${option}`}
              onClick={() => onView(option)}
            >
              {text[option]}
            </button>
          ))}
        </div>
      </fieldset>
      {filtered ? (
        <button
          type="button"
          className="link-button wardrobe-toolbar__clear"
          onClick={() => onChange({ ...NO_COLLECTION_FILTERS, sort: filters.sort })}
        >
          {text.clear}
        </button>
      ) : null}
    </search>
  );
}
