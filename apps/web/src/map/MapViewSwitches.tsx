'use client';

import { MAP_LAYOUT_KINDS, type MapLayoutKind } from '@scentence/api/schemas';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { COLOUR_MODES, type ColourMode } from './pointStyle';

interface SegmentedProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
  testId: string;
}

/** A row of radio buttons that looks like a segmented switch. */
function Segmented<T extends string>({ legend, options, value, labelOf, onChange, testId }: SegmentedProps<T>) {
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
              value={option}
              checked={option === value}
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

interface MapViewSwitchesProps {
  layout: MapLayoutKind;
  onLayout: (layout: MapLayoutKind) => void;
  colourMode: ColourMode;
  onColourMode: (mode: ColourMode) => void;
}

/** "비슷한 향끼리" or "향조 휠", and what the colours follow. */
export function MapViewSwitches({ layout, onLayout, colourMode, onColourMode }: MapViewSwitchesProps) {
  const { t } = useI18n();
  return (
    <div className="scent-map__switches">
      <Segmented
        legend={t.map.layouts.label}
        options={MAP_LAYOUT_KINDS}
        value={layout}
        labelOf={(option) => t.map.layouts.names[option]}
        onChange={onLayout}
        testId="map-layout"
      />
      <Segmented
        legend={t.map.colours.label}
        options={COLOUR_MODES}
        value={colourMode}
        labelOf={(option) => t.map.colours.names[option]}
        onChange={onColourMode}
        testId="map-colour"
      />
    </div>
  );
}
