'use client';

import type { MapLayoutKind } from '@scentence/api/schemas';
import { keepPreviousData, skipToken } from '@tanstack/react-query';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import type { ComboboxGroup, ComboboxOption } from '../search/Combobox';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import { type ScentmapOutputs, scentmapTrpc } from '../trpc/scentmapClient';
import { perfumeNamesIn } from './perfumeNames';

/** A perfume chosen in the map search: where to fly, and the name to leave in the box. */
export interface MapSearchChoice {
  id: number;
  name: string;
}

type FoundPerfume = ScentmapOutputs['map']['search']['items'][number]['perfume'];

/**
 * What the map search's list holds for the typed text: the perfumes found, a word while it searches or
 * finds none, and how many there are to read out.
 */
export function useMapSearchResults(value: string, layout: MapLayoutKind) {
  const { t, locale } = useI18n();
  const text = t.map.search;
  const query = useDebouncedValue(value.trim(), TYPING_PAUSE_MS);
  const search = scentmapTrpc.map.search.useQuery(query ? { q: query, layout } : skipToken, {
    placeholderData: keepPreviousData,
  });
  const items = query ? (search.data?.items ?? []) : [];
  const groups: ComboboxGroup<MapSearchChoice>[] = [
    { key: 'perfumes', title: text.group, options: items.map(({ perfume }) => optionOf(locale, perfume)) },
  ];
  const pending = value.trim() !== query || search.isFetching;
  let status: string | null = null;
  if (pending) status = text.searching;
  else if (query && items.length === 0) status = text.empty;
  return { groups, status, announcement: text.count(items.length) };
}

/** One perfume in the list: the name its reader knows first, then its brand and other name. */
function optionOf(locale: Locale, perfume: FoundPerfume): ComboboxOption<MapSearchChoice> {
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
}
