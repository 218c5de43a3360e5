'use client';

import type { MapFilter, MapFilterOptions } from '@scentence/api/schemas';
import { GENDERS, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { chosenFilterCount } from '@scentence/domain/map';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { scentmapTrpc } from '../trpc/scentmapClient';
import { AccordFilter } from './AccordFilter';
import { BrandFilter } from './BrandFilter';
import { FacetSelect } from './FacetSelect';
import { filterCountsInput, NO_MAP_FILTER, withFacet } from './mapFilter';
import { YearFilter } from './YearFilter';

interface MapFiltersProps {
  filter: MapFilter;
  onChange: (filter: MapFilter) => void;
  ready: boolean;
}

/** The panel's title, with a button that clears every choice once there is one. */
function FiltersHead({ titleId, chosen, onClear }: { titleId: string; chosen: number; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div className="scent-map__filters-head">
      <h2 id={titleId} className="scent-map__panel-title">
        {t.map.filters.title}
      </h2>
      {chosen > 0 ? (
        <button type="button" className="link-button" onClick={onClear} data-testid="map-filter-clear">
          {t.search.clear}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The filter panel: accords, brand, season, occasion, gender lean and release decade. The page
 * filters the points itself; the service counts what each option would leave.
 */
export function MapFilters({ filter, onChange, ready }: MapFiltersProps) {
  const { t } = useI18n();
  const baseId = useId();
  const counts = scentmapTrpc.map.filters.useQuery(ready ? filterCountsInput(filter) : skipToken, {
    placeholderData: keepPreviousData,
  });
  const options: MapFilterOptions | undefined = counts.data;
  return (
    <section className="scent-map__filters" aria-labelledby={`${baseId}-title`} data-testid="map-filters">
      <FiltersHead
        titleId={`${baseId}-title`}
        chosen={chosenFilterCount(filter)}
        onClear={() => onChange(NO_MAP_FILTER)}
      />
      {options ? (
        <p className="scent-map__matching" data-testid="map-filter-matching" data-count={options.matching}>
          {t.map.filters.matching(options.matching)}
        </p>
      ) : null}
      <AccordFilter baseId={baseId} filter={filter} accords={options?.accords ?? []} onChange={onChange} />
      <BrandFilter
        brands={options?.brands ?? []}
        chosen={filter.brand}
        onChoose={(slug) => onChange(withFacet(filter, 'brand', slug))}
      />
      <FacetSelect
        id={`${baseId}-season`}
        label={t.search.season}
        labels={SEASONS}
        counts={options?.seasons}
        value={filter.season}
        onChange={(season) => onChange(withFacet(filter, 'season', season))}
        testId="map-filter-season"
      />
      <FacetSelect
        id={`${baseId}-occasion`}
        label={t.search.occasion}
        labels={OCCASIONS}
        counts={options?.occasions}
        value={filter.occasion}
        onChange={(occasion) => onChange(withFacet(filter, 'occasion', occasion))}
        testId="map-filter-occasion"
      />
      <FacetSelect
        id={`${baseId}-gender`}
        label={t.search.gender}
        labels={GENDERS}
        counts={options?.genders}
        value={filter.gender}
        onChange={(gender) => onChange(withFacet(filter, 'gender', gender))}
        testId="map-filter-gender"
      />
      <YearFilter baseId={baseId} filter={filter} decades={options?.years.decades ?? []} onChange={onChange} />
    </section>
  );
}
