'use client';

import { MAP_SEARCH_TEXT_MAX_LENGTH, type MapLayoutKind } from '@scentence/api/schemas';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { useState } from 'react';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { Combobox, type ComboboxGroup } from '../search/Combobox';
import { useDebouncedValue } from '../search/useDebouncedValue';
import { scentmapTrpc } from '../trpc/scentmapClient';
import { perfumeNamesIn } from './perfumeNames';

const TYPING_PAUSE_MS = 200;

export interface MapSearchChoice {
  id: number;
  name: string;
}

interface MapSearchProps {
  layout: MapLayoutKind;
  onChoose: (choice: MapSearchChoice) => void;
}

/** Finds a perfume by its Korean or English name and flies the map there. */
export function MapSearch({ layout, onChoose }: MapSearchProps) {
  const { t, locale } = useI18n();
  const text = t.map.search;
  const [value, setValue] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const query = useDebouncedValue(value.trim(), TYPING_PAUSE_MS);
  const search = scentmapTrpc.map.search.useQuery(query ? { q: query, layout } : skipToken, {
    placeholderData: keepPreviousData,
  });
  const items = query ? (search.data?.items ?? []) : [];
  const groups: ComboboxGroup<MapSearchChoice>[] = [
    {
      key: 'perfumes',
      title: text.group,
      options: items.map(({ perfume }) => {
        const names = perfumeNamesIn(locale, perfume);
        return {
          key: String(perfume.id),
          value: { id: perfume.id, name: names.main },
          kind: 'perfume',
          content: (
            <>
              <span className="suggestion__main">{names.main}</span>
              <span className="suggestion__sub">
                {brandIn(locale, perfume)}
                {names.other ? ` · ${names.other}` : ''}
              </span>
            </>
          ),
        };
      }),
    },
  ];
  const pending = value.trim() !== query || search.isFetching;
  let status: string | null = null;
  if (pending) status = text.searching;
  else if (query && items.length === 0) status = text.empty;

  return (
    <search className="scent-map__search">
      <Combobox
        value={value}
        onValueChange={setValue}
        groups={groups}
        onChoose={(choice) => {
          setValue(choice.name);
          setAnnouncement(text.found(choice.name));
          onChoose(choice);
        }}
        status={status}
        announcement={text.count(items.length)}
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
