import {
  BRAND_NAME_MAX_LENGTH,
  LIST_MAX_ITEMS,
  NOTE_NAME_MAX_LENGTH,
  RELEASE_YEAR_MAX,
  RELEASE_YEAR_MIN,
  SEARCH_SORTS,
  UNDERSTOOD_ID_PATTERN,
} from '@scentence/api/schemas';
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
export type SearchSort = NonNullable<SearchInput['sort']>;
export type AccordMode = NonNullable<SearchInput['accordMode']>;
export type NoteListName = 'notes' | 'excludeNotes';

/** What the search page shows, as the URL query string carries it (so a search can be shared). */
export interface SearchFilters {
  q: string;
  accords: AccordKey[];
  /** `all`: every selected accord must be present; `any`: one is enough. */
  accordMode: AccordMode;
  /** Note slugs every result must carry. */
  notes: string[];
  /** Note slugs no result may carry. */
  excludeNotes: string[];
  gender: GenderKey | null;
  season: SeasonKey | null;
  occasion: OccasionKey | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** The brand's catalog name (English), as the suggestions give it. */
  brand: string | null;
  sort: SearchSort;
  /** What the server understood in `q` and the reader took off (`accord:woody`): those words are read as a name. */
  ignore: string[];
}

export const NO_FILTERS: SearchFilters = {
  q: '',
  accords: [],
  accordMode: 'all',
  notes: [],
  excludeNotes: [],
  gender: null,
  season: null,
  occasion: null,
  yearFrom: null,
  yearTo: null,
  brand: null,
  sort: 'relevance',
  ignore: [],
};

interface ReadableParams {
  get(name: string): string | null;
}

function oneOf<K extends string>(keys: readonly K[], value: string | null): K | null {
  return keys.find((key) => key === value) ?? null;
}

function listOf(value: string | null): string[] {
  const parts = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return [...new Set(parts)];
}

function noteList(value: string | null): string[] {
  return listOf(value)
    .map((note) => note.toLowerCase())
    .filter((note) => note.length <= NOTE_NAME_MAX_LENGTH)
    .slice(0, LIST_MAX_ITEMS);
}

export function yearOf(value: string | null | undefined): number | null {
  const text = (value ?? '').trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  // The server's bounds, so an out-of-range year in a link is dropped, not a 400.
  return year >= RELEASE_YEAR_MIN && year <= RELEASE_YEAR_MAX ? year : null;
}

/** Reads filters from a query string; unknown values are dropped rather than sent to the server. */
export function filtersFromParams(params: ReadableParams): SearchFilters {
  const accords = listOf(params.get('accords'))
    .map((part) => oneOf(ACCORD_KEYS, part))
    .filter((key): key is AccordKey => key !== null);
  const notes = noteList(params.get('notes'));
  let yearFrom = yearOf(params.get('yearFrom'));
  let yearTo = yearOf(params.get('yearTo'));
  // A range typed backwards still means the years between.
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const brand = (params.get('brand') ?? '').trim();
  return {
    q: (params.get('q') ?? '').trim(),
    accords,
    accordMode: params.get('accordMode') === 'any' ? 'any' : 'all',
    notes,
    // A note cannot be both wanted and unwanted; the wanted list wins.
    excludeNotes: noteList(params.get('excludeNotes')).filter((note) => !notes.includes(note)),
    gender: oneOf(GENDER_KEYS, params.get('gender')),
    season: oneOf(SEASON_KEYS, params.get('season')),
    occasion: oneOf(OCCASION_KEYS, params.get('occasion')),
    yearFrom,
    yearTo,
    brand: brand && brand.length <= BRAND_NAME_MAX_LENGTH ? brand : null,
    sort: oneOf(SEARCH_SORTS, params.get('sort')) ?? 'relevance',
    ignore: listOf(params.get('ignore'))
      .filter((id) => UNDERSTOOD_ID_PATTERN.test(id))
      .slice(0, LIST_MAX_ITEMS),
  };
}

/** The query string for filters, without empty ones, in a stable order: `q=santal&accords=woody,smoky`. */
export function filtersToQueryString(filters: SearchFilters): string {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.brand) params.set('brand', filters.brand);
  if (filters.accords.length > 0) params.set('accords', filters.accords.join(','));
  if (filters.accordMode === 'any') params.set('accordMode', 'any');
  if (filters.notes.length > 0) params.set('notes', filters.notes.join(','));
  if (filters.excludeNotes.length > 0) params.set('excludeNotes', filters.excludeNotes.join(','));
  if (filters.gender) params.set('gender', filters.gender);
  if (filters.season) params.set('season', filters.season);
  if (filters.occasion) params.set('occasion', filters.occasion);
  if (filters.yearFrom !== null) params.set('yearFrom', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('yearTo', String(filters.yearTo));
  if (filters.sort !== 'relevance') params.set('sort', filters.sort);
  if (q && filters.ignore.length > 0) params.set('ignore', filters.ignore.join(','));
  // Commas in the lists and colons in `ignore` read better unescaped and are safe in a query string.
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** The search page's address for filters. */
export function searchHref(filters: SearchFilters): string {
  const query = filtersToQueryString(filters);
  return query ? `/search?${query}` : '/search';
}

/** The perfume.search input for filters (the cursor is added page by page). */
export function filtersToSearchInput(filters: SearchFilters, limit: number): Omit<SearchInput, 'cursor'> {
  const q = filters.q.trim();
  const hasAccords = filters.accords.length > 0;
  return {
    limit,
    ...(q ? { q } : {}),
    ...(filters.brand ? { brand: filters.brand } : {}),
    ...(hasAccords ? { accords: filters.accords } : {}),
    ...(hasAccords && filters.accordMode === 'any' ? { accordMode: 'any' as const } : {}),
    ...(filters.notes.length > 0 ? { notes: filters.notes } : {}),
    ...(filters.excludeNotes.length > 0 ? { excludeNotes: filters.excludeNotes } : {}),
    ...(filters.gender ? { gender: filters.gender } : {}),
    ...(filters.season ? { season: filters.season } : {}),
    ...(filters.occasion ? { occasion: filters.occasion } : {}),
    ...(filters.yearFrom !== null ? { yearFrom: filters.yearFrom } : {}),
    ...(filters.yearTo !== null ? { yearTo: filters.yearTo } : {}),
    ...(filters.sort !== 'relevance' ? { sort: filters.sort } : {}),
    ...(q && filters.ignore.length > 0 ? { ignore: filters.ignore } : {}),
  };
}

/** The filters with another text; what the reader took off the old text's understanding no longer applies. */
export function withText(filters: SearchFilters, q: string): SearchFilters {
  return q === filters.q ? filters : { ...filters, q, ignore: [] };
}

/** The filters without one understood chip (`kind:key`): the text is searched again without that understanding. */
export function ignoreUnderstood(filters: SearchFilters, id: string): SearchFilters {
  return filters.ignore.includes(id) ? filters : { ...filters, ignore: [...filters.ignore, id] };
}

export function toggleAccord(filters: SearchFilters, accord: AccordKey): SearchFilters {
  const accords = filters.accords.includes(accord)
    ? filters.accords.filter((key) => key !== accord)
    : [...filters.accords, accord];
  return { ...filters, accords };
}

const OTHER_NOTE_LIST: Record<NoteListName, NoteListName> = { notes: 'excludeNotes', excludeNotes: 'notes' };

/** Adds a note to the wanted or unwanted list, taking it off the other one. */
export function addNote(filters: SearchFilters, list: NoteListName, slug: string): SearchFilters {
  const other = OTHER_NOTE_LIST[list];
  const current = filters[list];
  return {
    ...filters,
    [list]: current.includes(slug) || current.length >= LIST_MAX_ITEMS ? current : [...current, slug],
    [other]: filters[other].filter((note) => note !== slug),
  };
}

export function removeNote(filters: SearchFilters, list: NoteListName, slug: string): SearchFilters {
  return { ...filters, [list]: filters[list].filter((note) => note !== slug) };
}

/** Every narrowing filter off; the text (with the chips taken off its understanding) and the sort order stay. */
export function clearFilters(filters: SearchFilters): SearchFilters {
  return { ...NO_FILTERS, q: filters.q, sort: filters.sort, accordMode: filters.accordMode, ignore: filters.ignore };
}

/** How many filters (besides the text and the order) narrow the results. */
export function activeFilterCount(filters: SearchFilters): number {
  const yearRange = filters.yearFrom !== null || filters.yearTo !== null ? 1 : 0;
  const single = [filters.gender, filters.season, filters.occasion, filters.brand].filter((value) => value !== null);
  return filters.accords.length + filters.notes.length + filters.excludeNotes.length + yearRange + single.length;
}
