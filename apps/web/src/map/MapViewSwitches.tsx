'use client';

import { MAP_LAYOUT_KINDS, type MapLayoutKind } from '@scentence/api/schemas';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { useI18n } from '../i18n/I18nProvider';
import { COLOUR_MODES, type ColourMode } from './pointStyle';

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
      <SegmentedChoice
        legend={t.map.layouts.label}
        options={MAP_LAYOUT_KINDS}
        value={layout}
        labelOf={(option) => t.map.layouts.names[option]}
        onChange={onLayout}
        testId="map-layout"
      />
      <SegmentedChoice
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
