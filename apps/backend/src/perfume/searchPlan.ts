import type { DidYouMean, PerfumeSearchQuery, UnderstoodFilter } from '@scentence/api/schemas';
import { understoodId } from '@scentence/api/schemas';
import type { CatalogFilters, CatalogNameRow, RankedSearch } from '@scentence/db';
import { understandQuery } from '@scentence/domain/intent';
import {
  brandIdentityKey,
  CONFIDENT_NAME_SCORE,
  didYouMean,
  matchPerfumeName,
  NAME_MATCH_SCORE,
  type PerfumeNameMatch,
  spelledAsNamed,
} from '@scentence/domain/names';
import type { CatalogIndex } from './catalogIndex';
import { understoodFilters, withUnderstood } from './understoodFilters';

/** How many name matches a search places first at most (the rest of a house follows through the text search). */
const NAME_MATCH_LIMIT = 100;
/** When a name wins beside understood filters, its weaker look-alikes below this are left to the filters. */
const WINNING_NAME_FLOOR = NAME_MATCH_SCORE.namePrefix;
const HANGUL = /\p{Script=Hangul}/u;

/** A search as planned: what the database runs, and what the answer says about the text. */
export interface SearchPlan {
  search: RankedSearch;
  understood: UnderstoodFilter[];
  didYouMean: DidYouMean | null;
}

/** The query's own filters; a brand under any of the spellings the catalog has for its house. */
function explicitFilters(query: PerfumeSearchQuery, catalog: CatalogIndex): CatalogFilters {
  const { q: _text, ignore: _ignore, sort: _sort, limit: _limit, cursor: _cursor, ...filters } = query;
  const house = query.brand ? catalog.houses.get(brandIdentityKey(query.brand)) : undefined;
  return house ? { ...filters, brands: house.brands } : filters;
}

const idsOf = (matches: readonly PerfumeNameMatch<CatalogNameRow>[]) => matches.map((match) => match.perfume.id);
const isConfident = (matches: readonly PerfumeNameMatch<CatalogNameRow>[]) =>
  (matches[0]?.score ?? 0) >= CONFIDENT_NAME_SCORE;

/** "Did you mean": the closest name, written in the script the query was typed in. */
function suggestionFor(catalog: CatalogIndex, q: string): DidYouMean | null {
  const [closest] = didYouMean(catalog.names, q, 1);
  if (!closest) return null;
  const { id, brand, brandKo, name, nameKo } = closest.perfume;
  const korean = HANGUL.test(q) && nameKo;
  return {
    q: korean ? `${brandKo ?? brand} ${nameKo}` : `${brand} ${name}`,
    perfume: { id, brand, brandKo, name, nameKo },
  };
}

/**
 * Plans a search the way people type (see packages/domain/README.md, "How a search combines
 * names and intent"):
 * 1. A perfume's name matched with confidence wins: it comes first, its look-alikes after it, and
 *    the words understood as filters (shown as chips) bring their perfumes below.
 * 2. Otherwise understood words filter: "우디" is the woody perfumes, "르라보 우디" Le Labo's
 *    woody ones (a house named alone beside them becomes a filter too), the remaining words
 *    rank them by name; a confident name in the remaining words still wins as in 1.
 * 3. Otherwise the name matches (a confident one with its look-alikes and its house's other
 *    perfumes); when none is confident, the text search's hits on names and notes follow, and
 *    "did you mean" is offered for a misspelt name.
 */
export function planSearch(query: PerfumeSearchQuery, catalog: CatalogIndex): SearchPlan {
  const explicit = explicitFilters(query, catalog);
  const page = { sort: query.sort, limit: query.limit, cursor: query.cursor };
  const q = query.q?.trim() ?? '';
  if (!q) return { search: { filters: explicit, followers: 'filtered', ...page }, understood: [], didYouMean: null };

  const ignore = new Set(query.ignore ?? []);
  const understood = understoodFilters(understandQuery(q, catalog.vocabulary), catalog, explicit, ignore);
  const whole = matchPerfumeName(catalog.names, q, { limit: NAME_MATCH_LIMIT });

  if (understood.chips.length === 0) {
    // Only filler ("향수 추천"): as if nothing was typed.
    if (!understood.remainingText && whole.length === 0) {
      return { search: { filters: explicit, followers: 'filtered', ...page }, understood: [], didYouMean: null };
    }
    // A confident name brings its look-alikes and its house's perfumes from the index; the text
    // search's looser hits follow only when no name matched well.
    const confident = isConfident(whole);
    return {
      search: { q, filters: explicit, leadingIds: idsOf(whole), followers: confident ? 'none' : 'text', ...page },
      understood: [],
      didYouMean: confident ? null : suggestionFor(catalog, q),
    };
  }

  const rest = understood.remainingText;
  // Words that are all intent words name a perfume only when they spell it out: "Oud Wood" is
  // Tom Ford's, but "라벤더" is lavender, though it folds like La Panthère's Korean name "라 팬더".
  const nameWins = isConfident(whole) && (rest !== '' || spelledAsNamed(q, whole[0]!.perfume, whole[0]!.brandKey));
  const named = nameWins ? whole : rest ? matchPerfumeName(catalog.names, rest, { limit: NAME_MATCH_LIMIT }) : [];
  const chips = [...understood.chips];
  const filters = { ...understood.filters };
  const top = named[0];
  if (top && isConfident(named)) {
    return {
      search: {
        filters: explicit,
        leadingIds: idsOf(named.filter((match) => match.score >= WINNING_NAME_FLOOR)),
        followers: 'filtered',
        followerFilters: filters,
        ...(understood.accordWeights && { accordWeights: understood.accordWeights }),
        ...page,
      },
      understood: chips,
      didYouMean: null,
    };
  }

  // The remaining words name a house and nothing else: the house is one more filter.
  const house =
    top?.kind === 'brand' && top.score === NAME_MATCH_SCORE.brand ? catalog.houses.get(top.brandKey) : undefined;
  const brandChip = house && !query.brand && !ignore.has(understoodId({ kind: 'brand', key: house.key }));
  if (house && brandChip) {
    chips.push({
      kind: 'brand',
      key: house.key,
      ko: house.nameKo ?? house.name,
      en: house.name,
      words: rest,
      negated: false,
    });
    filters.brands = house.brands;
  }
  return {
    search: {
      filters: withUnderstood(explicit, filters),
      leadingIds: brandChip ? [] : idsOf(named),
      followers: 'filtered',
      ...(understood.accordWeights && { accordWeights: understood.accordWeights }),
      ...page,
    },
    understood: chips,
    didYouMean: null,
  };
}
