'use client';

import { WARDROBE_SORTS } from '@scentence/api/schemas';
import { ACCORDS, SEASONS } from '@scentence/api/vocabulary';
import { LabelledSearchInput } from '../components/LabelledSearchInput';
import { useI18n } from '../i18n/I18nProvider';
import { type BrandOption, type CollectionFilters, NO_COLLECTION_FILTERS } from './collectionQuery';
import { ToolbarSelect } from './ToolbarSelect';
import { VocabularyFilter } from './VocabularyFilter';
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
  const text = useI18n().t.wardrobe.toolbar;
  const filtered = filters.q !== '' || filters.brand !== '' || filters.accord !== '' || filters.season !== '';
  return (
    <search className="wardrobe-toolbar" aria-label={text.label}>
      <LabelledSearchInput
        block="wardrobe-field"
        modifier="wardrobe-field--search"
        label={text.search}
        value={filters.q}
        maxLength={100}
        placeholder={text.searchPlaceholder}
        data-testid="wardrobe-filter-q"
        onText={(q) => onChange({ ...filters, q })}
      />
      <ToolbarSelect
        label={text.brand}
        value={filters.brand}
        testId="wardrobe-filter-brand"
        allLabel={text.all}
        options={brands.map(({ brand, label }) => ({ value: brand, label }))}
        onChange={(brand) => onChange({ ...filters, brand })}
      />
      <VocabularyFilter
        label={text.accord}
        vocabulary={ACCORDS}
        value={filters.accord}
        testId="wardrobe-filter-accord"
        onChange={(accord) => onChange({ ...filters, accord })}
      />
      <VocabularyFilter
        label={text.season}
        vocabulary={SEASONS}
        value={filters.season}
        testId="wardrobe-filter-season"
        onChange={(season) => onChange({ ...filters, season })}
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
