'use client';

import { useId } from 'react';
import './segmented.css';

interface SegmentedChoiceProps<T extends string | number> {
  legend: string;
  options: readonly T[];
  value: T;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
  /** The fieldset's test id; each radio's is `{testId}-{option}`. */
  testId: string;
  /** Options shown but not choosable now (e.g. "my wardrobe" for a guest). */
  disabled?: readonly T[];
}

/** One choice out of a few, as a row of radio buttons that looks like a segmented switch. */
export function SegmentedChoice<T extends string | number>({
  legend,
  options,
  value,
  labelOf,
  onChange,
  testId,
  disabled = [],
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" data-testid={testId}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={String(option)}
              checked={option === value}
              disabled={disabled.includes(option)}
              onChange={() => onChange(option)}
              data-testid={`${testId}-${option}`}
            />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
