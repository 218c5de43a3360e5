'use client';

import { useI18n } from '../i18n/I18nProvider';
import { FilterFields } from './FilterFields';
import { activeFilterCount, clearFilters, type SearchFilters } from './searchFilters';

interface FilterSheetContentsProps {
  /** The choices made in the sheet, not yet applied. */
  draft: SearchFilters;
  onDraft: (next: SearchFilters) => void;
  onClose: () => void;
  onApply: () => void;
}

/** Inside the open sheet: its title and close button, the filters, and "clear" and "apply". */
export function FilterSheetContents({ draft, onDraft, onClose, onApply }: FilterSheetContentsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="filter-sheet__head">
        <h2 className="filter-panel__title" id="filter-sheet-title">
          {t.filterSheet.title}
        </h2>
        <button
          type="button"
          className="filter-sheet__close"
          aria-label={t.filterSheet.close}
          data-testid="filter-sheet-close"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="filter-sheet__body">
        <FilterFields filters={draft} onChange={onDraft} />
      </div>
      <div className="filter-sheet__foot">
        <button
          type="button"
          className="button button--quiet"
          data-testid="filter-sheet-clear"
          disabled={activeFilterCount(draft) === 0}
          onClick={() => onDraft(clearFilters(draft))}
        >
          {t.search.clear}
        </button>
        <button type="button" className="button" data-testid="filter-sheet-apply" onClick={onApply}>
          {t.filterSheet.apply}
        </button>
      </div>
    </>
  );
}
