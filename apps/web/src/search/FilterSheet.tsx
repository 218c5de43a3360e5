'use client';

import { useEffect, useRef, useState } from 'react';
import './search.css';
import { useI18n } from '../i18n/I18nProvider';
import { FilterFields } from './FilterFields';
import { activeFilterCount, clearFilters, type SearchFilters } from './searchFilters';

interface FilterSheetProps {
  filters: SearchFilters;
  /** The chosen filters, when the reader applies them. */
  onApply: (next: SearchFilters) => void;
}

/**
 * The filters on narrow screens: a button with how many are active opens them in a sheet; choices
 * there take effect when the reader presses "apply", and closing the sheet drops them.
 */
export function FilterSheet({ filters, onApply }: FilterSheetProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(filters);
  const active = activeFilterCount(filters);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  function show() {
    setDraft(filters);
    setOpen(true);
  }

  function apply() {
    onApply(draft);
    setOpen(false);
  }

  return (
    <>
      <button
        type="button"
        className="filter-sheet__open button button--quiet"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="filter-sheet-open"
        onClick={show}
      >
        {t.filterSheet.open}
        {active > 0 ? (
          <>
            <span className="filter-panel__count" aria-hidden="true">
              {active}
            </span>
            <span className="visually-hidden">{t.search.selectedCount(active)}</span>
          </>
        ) : null}
      </button>
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        data-testid="filter-sheet"
        onClose={() => setOpen(false)}
      >
        {open ? (
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
                onClick={() => setOpen(false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <div className="filter-sheet__body">
              <FilterFields filters={draft} onChange={setDraft} />
            </div>
            <div className="filter-sheet__foot">
              <button
                type="button"
                className="button button--quiet"
                data-testid="filter-sheet-clear"
                disabled={activeFilterCount(draft) === 0}
                onClick={() => setDraft(clearFilters(draft))}
              >
                {t.search.clear}
              </button>
              <button type="button" className="button" data-testid="filter-sheet-apply" onClick={apply}>
                {t.filterSheet.apply}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
