'use client';

import { useI18n } from '../i18n/I18nProvider';
import { RemovableChip } from './RemovableChip';

/** One active filter shown above the results: what it says, and how to take it off. */
export interface FilterChip {
  /** Unique in the row, e.g. `accord:woody` or `note:rose`. */
  key: string;
  label: string;
  onRemove: () => void;
  /** An accord's colour, shown as a dot. */
  colour?: string;
}

interface FilterChipRowProps {
  chips: readonly FilterChip[];
  /** Takes every chip off at once; offered from two chips on. */
  onClearAll?: () => void;
}

/** The active filters above the results, each removable; nothing when none is active. */
export function FilterChipRow({ chips, onClearAll }: FilterChipRowProps) {
  const { t } = useI18n();
  if (chips.length === 0) return null;
  return (
    <section className="filter-chip-row" aria-label={t.filterChips.title} data-testid="active-filters">
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <RemovableChip
              label={chip.label}
              colour={chip.colour}
              chipKey={chip.key}
              testId="active-filter-chip"
              onRemove={chip.onRemove}
            />
          </li>
        ))}
      </ul>
      {onClearAll && chips.length > 1 ? (
        <button type="button" className="link-button" data-testid="active-filters-clear" onClick={onClearAll}>
          {t.search.clear}
        </button>
      ) : null}
    </section>
  );
}
