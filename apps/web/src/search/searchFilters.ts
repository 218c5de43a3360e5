import {
  ACCORD_KEYS,
  type AccordKey,
  GENDER_KEYS,
  type GenderKey,
  OCCASION_KEYS,
  type OccasionKey,
  SEASON_KEYS,
  type SeasonKey,
} from '@scentence/api/vocabulary';
import type { BackendInputs } from '../trpc/client';

type SearchInput = BackendInputs['perfume']['search'];

/** What the search page shows, as the URL query string carries it (so a search can be shared). */
export interface SearchFilters {
  q: string;
  /** Every one of these must be present. */
  accords: AccordKey[];
  gender: GenderKey | null;
  season: SeasonKey | null;
  occasion: OccasionKey | null;
}

export const NO_FILTERS: SearchFilters = { q: '', accords: [], gender: null, season: null, occasion: null };

interface ReadableParams {
  get(name: string): string | null;
}

function oneOf<K extends string>(keys: readonly K[], value: string | null): K | null {
  return keys.find((key) => key === value) ?? null;
}

/** Reads filters from a query string; unknown values are dropped rather than sent to the server. */
export function filtersFromParams(params: ReadableParams): SearchFilters {
  const accords = (params.get('accords') ?? '')
    .split(',')
    .map((part) => oneOf(ACCORD_KEYS, part.trim()))
    .filter((key): key is AccordKey => key !== null);
  return {
    q: (params.get('q') ?? '').trim(),
    accords: [...new Set(accords)],
    gender: oneOf(GENDER_KEYS, params.get('gender')),
    season: oneOf(SEASON_KEYS, params.get('season')),
    occasion: oneOf(OCCASION_KEYS, params.get('occasion')),
  };
}

/** The query string for filters, without empty ones, in a stable order: `q=santal&accords=woody,smoky`. */
export function filtersToQueryString(filters: SearchFilters): string {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.accords.length > 0) params.set('accords', filters.accords.join(','));
  if (filters.gender) params.set('gender', filters.gender);
  if (filters.season) params.set('season', filters.season);
  if (filters.occasion) params.set('occasion', filters.occasion);
  // Commas in the accord list read better unescaped and are safe in a query string.
  return params.toString().replaceAll('%2C', ',');
}

/** The perfume.search input for filters (the cursor is added page by page). */
export function filtersToSearchInput(filters: SearchFilters, limit: number): Omit<SearchInput, 'cursor'> {
  const q = filters.q.trim();
  return {
    limit,
    ...(q ? { q } : {}),
    ...(filters.accords.length > 0 ? { accords: filters.accords } : {}),
    ...(filters.gender ? { gender: filters.gender } : {}),
    ...(filters.season ? { season: filters.season } : {}),
    ...(filters.occasion ? { occasion: filters.occasion } : {}),
  };
}

export function toggleAccord(filters: SearchFilters, accord: AccordKey): SearchFilters {
  const accords = filters.accords.includes(accord)
    ? filters.accords.filter((key) => key !== accord)
    : [...filters.accords, accord];
  return { ...filters, accords };
}

/** How many filters (besides the text) narrow the results. */
export function activeFilterCount(filters: SearchFilters): number {
  return (
    filters.accords.length + [filters.gender, filters.season, filters.occasion].filter((value) => value !== null).length
  );
}
