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

/** A switch's legend and what each of its options is called. */
interface SwitchText<T extends string> {
  label: string;
  names: Record<T, string>;
}

interface MapSwitchProps<T extends string> {
  text: SwitchText<T>;
  options: readonly T[];
  value: T;
  onChange: (option: T) => void;
  testId: string;
}

function MapSwitch<T extends string>({ text, ...choice }: MapSwitchProps<T>) {
  return <SegmentedChoice legend={text.label} labelOf={(option) => text.names[option]} {...choice} />;
}

/** "비슷한 향끼리" or "향조 휠", and what the colours follow. */
export function MapViewSwitches({ layout, onLayout, colourMode, onColourMode }: MapViewSwitchesProps) {
  const { layouts, colours } = useI18n().t.map;
  return (
    <div className="scent-map__switches">
      <MapSwitch text={layouts} options={MAP_LAYOUT_KINDS} value={layout} onChange={onLayout} testId="map-layout" />
      <MapSwitch text={colours} options={COLOUR_MODES} value={colourMode} onChange={onColourMode} testId="map-colour" />
    </div>
  );
}
