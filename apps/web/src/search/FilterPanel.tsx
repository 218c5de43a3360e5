'use client';

import './search.css';
import { useI18n } from '../i18n/I18nProvider';
import { FilterFields } from './FilterFields';
import { activeFilterCount, clearFilters, type SearchFilters } from './searchFilters';

interface FilterPanelProps {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}

/** The filters beside the results on wide screens: every group open, none scrolling on its own. */
export function FilterPanel({ filters, onChange }: FilterPanelProps) {
  const { t } = useI18n();
  const active = activeFilterCount(filters);
  return (
    <aside className="filter-panel" aria-labelledby="filter-panel-title" data-testid="filter-panel">
      <div className="filter-panel__head">
        <h2 className="filter-panel__title" id="filter-panel-title">
          {t.search.filters}
        </h2>
        {active > 0 ? (
          <button
            type="button"
            className="link-button"
            data-testid="filter-clear"
            onClick={() => onChange(clearFilters(filters))}
          >
            {t.search.clear}
          </button>
        ) : null}
      </div>
      <FilterFields filters={filters} onChange={onChange} />
    </aside>
  );
}
