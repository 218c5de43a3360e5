'use client';

import { MAP_SEARCH_TEXT_MAX_LENGTH, type MapLayoutKind } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox } from '../search/Combobox';
import { type MapSearchChoice, useMapSearchResults } from './useMapSearchResults';

interface MapSearchProps {
  layout: MapLayoutKind;
  onChoose: (choice: MapSearchChoice) => void;
}

/** Finds a perfume by its Korean or English name and flies the map there. */
export function MapSearch({ layout, onChoose }: MapSearchProps) {
  const text = useI18n().t.map.search;
  const [value, setValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const results = useMapSearchResults(value, layout);

  function choose(choice: MapSearchChoice) {
    setValue(choice.name);
    setAnnouncement(text.found(choice.name));
    onChoose(choice);
  }

  return (
    <search className="scent-map__search">
      <Combobox
        value={value}
        onValueChange={setValue}
        {...results}
        onChoose={choose}
        text={text}
        testId="map-search"
        maxLength={MAP_SEARCH_TEXT_MAX_LENGTH}
        inputClassName="scent-map__search-input"
      />
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </search>
  );
}
