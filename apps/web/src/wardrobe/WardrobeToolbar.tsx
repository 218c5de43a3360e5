'use client';

import { WARDROBE_SORTS } from '@scentence/api/schemas';
import { ACCORDS, SEASONS } from '@scentence/api/vocabulary';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { type BrandOption, type CollectionFilters, NO_COLLECTION_FILTERS } from './collectionQuery';
import { ToolbarSelect } from './ToolbarSelect';
import type { WardrobeView } from './WardrobeEntryItem';
import { WardrobeViewSwitch } from './WardrobeViewSwitch';

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
      <ToolbarSelect
        label={text.brand}
        value={filters.brand}
        testId="wardrobe-filter-brand"
        allLabel={text.all}
        options={brands.map(({ brand, label }) => ({ value: brand, label }))}
        onChange={(brand) => onChange({ ...filters, brand })}
      />
      <ToolbarSelect
        label={text.accord}
        value={filters.accord}
        testId="wardrobe-filter-accord"
        allLabel={text.all}
        options={ACCORDS.map((accord) => ({ value: accord.key, label: labelIn(locale, accord) }))}
        onChange={(value) => onChange({ ...filters, accord: ACCORDS.find(({ key }) => key === value)?.key ?? '' })}
      />
      <ToolbarSelect
        label={text.season}
        value={filters.season}
        testId="wardrobe-filter-season"
        allLabel={text.all}
        options={SEASONS.map((season) => ({ value: season.key, label: labelIn(locale, season) }))}
        onChange={(value) => onChange({ ...filters, season: SEASONS.find(({ key }) => key === value)?.key ?? '' })}
      />
      <ToolbarSelect
        label={text.sort}
        value={filters.sort}
        testId="wardrobe-sort"
        options={WARDROBE_SORTS.map((sort) => ({ value: sort, label: text.sorts[sort] }))}
        onChange={(value) => onChange({ ...filters, sort: WARDROBE_SORTS.find((sort) => sort === value) ?? 'added' })}
      />
      <WardrobeViewSwitch view={view} onView={onView} />
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
