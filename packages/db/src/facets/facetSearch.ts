import type { PerfumeSearchResult } from '@scentence/api/schemas';
import { type MoodWeights, moodWeightsOf } from '../repositories/moodWeights';
import { ACCORD_PRESENT, type CatalogFilters, type RankedSearch } from '../repositories/perfumeSearch';
import { nameKey, noteSlug } from '../text/normalize';
import { type FacetIndex, type Places, yearOrder } from './facetIndex';

type Check = (place: number) => boolean;

/** What one set of filters asks of a place: sets it must be in (they can drive the scan) and other checks. */
interface Conditions {
  required: Places[];
  checks: Check[];
}

const NONE: Places = new Set();

function placesOf(sets: ReadonlyMap<string, Places>, key: string): Places {
  return sets.get(key) ?? NONE;
}

function addSetConditions(index: FacetIndex, filters: CatalogFilters, into: Conditions): void {
  const accords = (filters.accords ?? []).map((accord) => placesOf(index.accords, accord));
  if (filters.accordMode === 'any' && accords.length > 0) {
    into.checks.push((place) => accords.some((set) => set.has(place)));
  } else {
    into.required.push(...accords);
  }
  for (const accord of filters.requiredAccords ?? []) into.required.push(placesOf(index.accords, accord));
  for (const note of filters.notes ?? []) into.required.push(placesOf(index.notes, noteSlug(note)));
  if (filters.season) into.required.push(placesOf(index.seasons, filters.season));
  if (filters.occasion) into.required.push(placesOf(index.occasions, filters.occasion));
  const excluded = [
    ...(filters.excludeAccords ?? []).map((accord) => placesOf(index.accords, accord)),
    ...(filters.excludeNotes ?? []).map((note) => placesOf(index.notes, noteSlug(note))),
  ];
  if (excluded.length > 0) into.checks.push((place) => !excluded.some((set) => set.has(place)));
}

function addRowConditions(index: FacetIndex, filters: CatalogFilters, into: Conditions): void {
  const { gender, yearFrom, yearTo } = filters;
  if (gender) into.checks.push((place) => index.genders[place] === gender);
  if (yearFrom !== undefined) into.checks.push((place) => (index.releaseYears[place] ?? -Infinity) >= yearFrom);
  if (yearTo !== undefined) into.checks.push((place) => (index.releaseYears[place] ?? Infinity) <= yearTo);
  if (filters.brands) {
    const keys = new Set(filters.brands.map(nameKey));
    into.checks.push((place) => keys.has(index.brandKeys[place]!));
  } else if (filters.brand) {
    const key = nameKey(filters.brand);
    into.checks.push((place) => index.brandKeys[place] === key);
  }
}

function conditionsOf(index: FacetIndex, filters: readonly CatalogFilters[]): Conditions {
  const conditions: Conditions = { required: [], checks: [] };
  for (const part of filters) {
    addSetConditions(index, part, conditions);
    addRowConditions(index, part, conditions);
  }
  for (const set of conditions.required) conditions.checks.push((place) => set.has(place));
  return conditions;
}

/**
 * Whether the index answers this search exactly as `rankedSearch`'s SQL would: names placed first
 * (each once), filters (with or without the followers' extra filters) and mood weights, no text
 * hits, in relevance, popularity or year order. The name sort is left to the database, whose
 * collation orders the names.
 */
export function answersFromFacets(search: RankedSearch): boolean {
  const leadingIds = search.leadingIds ?? [];
  return (
    (search.followers === 'filtered' || search.followers === 'none') &&
    new Set(leadingIds).size === leadingIds.length &&
    search.sort !== 'name'
  );
}

/** The mood's perfumes (those carrying one of its core accords) and every perfume's weighted score. */
function moodPlaces(index: FacetIndex, mood: MoodWeights): { places: number[]; scores: Float64Array } {
  const scores = new Float64Array(index.size);
  const admitted = new Uint8Array(index.size);
  const places: number[] = [];
  mood.keys.forEach((key, k) => {
    const posting = index.accordStrengths.get(key);
    if (!posting) return;
    const weight = mood.weights[k]!;
    const admits = mood.core[k]!;
    posting.places.forEach((place, i) => {
      const strength = posting.strengths[i]!;
      scores[place]! += strength * weight;
      if (admits && strength >= ACCORD_PRESENT && !admitted[place]) {
        admitted[place] = 1;
        places.push(place);
      }
    });
  });
  return { places, scores };
}

/** Places in a sort menu's order; `relevance` is `byRelevance`, else popularity (the place itself). */
function inOrder(index: FacetIndex, sort: RankedSearch['sort'], places: number[], byRelevance?: Float64Array) {
  if (sort === 'newest' || sort === 'oldest')
    return places.sort(yearOrder(index.releaseYears, sort === 'newest' ? -1 : 1));
  if (sort === 'relevance' && byRelevance) return places.sort((a, b) => byRelevance[b]! - byRelevance[a]! || a - b);
  return places.sort((a, b) => a - b);
}

/** What follows the names placed first: the filters' (or the mood's) perfumes, in the search's order. */
function followerPlaces(index: FacetIndex, search: RankedSearch): number[] {
  const { required, checks } = conditionsOf(index, [search.filters, search.followerFilters ?? {}]);
  const passes = (place: number) => checks.every((check) => check(place));
  const mood = moodWeightsOf(search.accordWeights);
  if (mood) {
    const { places, scores } = moodPlaces(index, mood);
    return inOrder(index, search.sort, places.filter(passes), scores);
  }
  if (required.length === 0) {
    const order = search.sort === 'newest' ? index.newest : search.sort === 'oldest' ? index.oldest : null;
    if (order) return order.filter(passes);
    const places: number[] = [];
    for (let place = 0; place < index.size; place++) if (passes(place)) places.push(place);
    return places;
  }
  // The smallest set the results must be in drives the scan; its order is popularity's.
  const driver = required.reduce((smallest, set) => (set.size < smallest.size ? set : smallest));
  const places: number[] = [];
  for (const place of driver) if (passes(place)) places.push(place);
  return search.sort === 'newest' || search.sort === 'oldest' ? inOrder(index, search.sort, places) : places;
}

/** The names placed first that pass the search's filters, in their order. */
function leadingPlaces(index: FacetIndex, search: RankedSearch): number[] {
  const { checks } = conditionsOf(index, [search.filters]);
  return (search.leadingIds ?? []).flatMap((id) => {
    const place = index.places.get(id);
    return place !== undefined && checks.every((check) => check(place)) ? [place] : [];
  });
}

/** The matching places in the search's order: in relevance order the names placed first lead. */
function matchingPlaces(index: FacetIndex, search: RankedSearch): number[] {
  const followers = search.followers === 'none' ? [] : followerPlaces(index, search);
  const leading = leadingPlaces(index, search);
  if (leading.length === 0) return followers;
  const first = new Set(leading);
  const all = [...leading, ...followers.filter((place) => !first.has(place))];
  return search.sort === 'relevance' ? all : inOrder(index, search.sort, all);
}

/**
 * A search answered from the facet index, equal to `rankedSearch`'s answer for the same
 * catalog version; null when the search needs the database (see `answersFromFacets`).
 */
export function facetSearch(index: FacetIndex, search: RankedSearch): PerfumeSearchResult | null {
  if (!answersFromFacets(search)) return null;
  const places = matchingPlaces(index, search);
  const page = places.slice(search.cursor, search.cursor + search.limit);
  const next = search.cursor + page.length;
  return {
    items: page.map((place) => index.summaries[place]!),
    total: places.length,
    nextCursor: page.length > 0 && next < places.length ? next : null,
  };
}
