'use client';

import { useEffect, useRef, useState } from 'react';
import './search.css';
import { FilterSheetContents } from './FilterSheetContents';
import { FilterSheetOpenButton } from './FilterSheetOpenButton';
import { activeFilterCount, type SearchFilters } from './searchFilters';

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
      <FilterSheetOpenButton active={active} open={open} onOpen={show} />
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        data-testid="filter-sheet"
        onClose={() => setOpen(false)}
      >
        {open ? (
          <FilterSheetContents draft={draft} onDraft={setDraft} onClose={() => setOpen(false)} onApply={apply} />
        ) : null}
      </dialog>
    </>
  );
}
