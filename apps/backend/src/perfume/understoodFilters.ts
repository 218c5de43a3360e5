import { type UnderstoodFilter, understoodId } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, GENDERS, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import type { CatalogFilters } from '@scentence/db';
import { MOODS, type QueryUnderstanding, type UnderstoodTerm } from '@scentence/domain/intent';
import { tokenize } from '@scentence/domain/text';
import type { CatalogIndex } from './catalogIndex';

/** What a search's words were understood as, once the ignored ones and those the filters already say are left out. */
export interface UnderstoodSearch {
  /** One per understood filter or mood, in the order typed (the chips). */
  chips: UnderstoodFilter[];
  filters: CatalogFilters;
  /** What ranks the results: the understood accords and the mood words' accords, with weights (negative for "less …"). */
  accordWeights?: Partial<Record<AccordKey, number>>;
  /** The words that are neither understood nor filler: what the name search gets. */
  remainingText: string;
}

type Labelled = { ko: string; en: string } | undefined;

function labelOf(term: UnderstoodTerm, catalog: CatalogIndex): Labelled {
  switch (term.kind) {
    case 'accord':
      return ACCORDS.find((accord) => accord.key === term.key);
    case 'season':
      return SEASONS.find((season) => season.key === term.key);
    case 'occasion':
      return OCCASIONS.find((occasion) => occasion.key === term.key);
    case 'gender':
      return GENDERS.find((gender) => gender.key === term.key);
    case 'mood':
      return MOODS.find((mood) => mood.key === term.key);
    case 'note': {
      const note = catalog.notes.get(term.key);
      return note && { ko: note.nameKo ?? note.name, en: note.name };
    }
  }
}

/** The query's words without the understood ones, and without filler ("향수", "추천"). */
function wordsLeft(text: string, kept: readonly UnderstoodTerm[], catalog: CatalogIndex): string {
  return tokenize(text)
    .filter((token) => !kept.some((term) => token.start >= term.start && token.end <= term.end))
    .filter((token) => !catalog.vocabulary.fillers.has(token.key))
    .map((token) => token.text)
    .join(' ');
}

/**
 * Turns `understandQuery`'s answer into the search's filters and chips. A term whose `kind:key`
 * is in `ignore` is not applied (its words go back to the name search); a season, occasion or
 * gender the query already filters by explicitly is not applied twice; a negated season,
 * occasion or gender narrows nothing and is left out.
 */
export function understoodFilters(
  understanding: QueryUnderstanding,
  catalog: CatalogIndex,
  explicit: CatalogFilters,
  ignore: ReadonlySet<string>,
): UnderstoodSearch {
  const filters: CatalogFilters = {};
  const chips: UnderstoodFilter[] = [];
  const kept: UnderstoodTerm[] = [];
  const weights: Partial<Record<AccordKey, number>> = {};
  const add = <T>(list: T[] | undefined, value: T): T[] => (list?.includes(value) ? list : [...(list ?? []), value]);

  for (const term of understanding.understood) {
    if (ignore.has(understoodId(term))) continue;
    const label = labelOf(term, catalog);
    if (!label) continue;
    const { kind } = term;
    if (kind === 'season' || kind === 'occasion' || kind === 'gender') {
      if (term.negated || explicit[kind] !== undefined || filters[kind] !== undefined) continue;
    }
    if (chips.some((chip) => chip.kind === term.kind && chip.key === term.key)) continue;
    kept.push(term);
    chips.push({ kind: term.kind, key: term.key, ko: label.ko, en: label.en, words: term.text, negated: term.negated });
    if (term.kind === 'accord') {
      const key = term.key as AccordKey;
      if (term.negated) filters.excludeAccords = add(filters.excludeAccords, key);
      else {
        filters.requiredAccords = add(filters.requiredAccords, key);
        // The perfumes it is strongest in first, as on the accord's page.
        weights[key] = (weights[key] ?? 0) + term.intensity;
      }
    } else if (term.kind === 'note') {
      if (term.negated) filters.excludeNotes = add(filters.excludeNotes, term.key);
      else filters.notes = add(filters.notes, term.key);
    } else if (term.kind === 'season') filters.season = term.key as CatalogFilters['season'];
    else if (term.kind === 'occasion') filters.occasion = term.key as CatalogFilters['occasion'];
    else if (term.kind === 'gender') filters.gender = term.key as CatalogFilters['gender'];
    else if (term.kind === 'mood') {
      const mood = MOODS.find((entry) => entry.key === term.key)!;
      const sign = term.negated ? -1 : 1;
      for (const [accord, weight] of Object.entries(mood.accords) as [AccordKey, number][]) {
        weights[accord] = (weights[accord] ?? 0) + sign * term.intensity * weight;
      }
    }
  }
  const ignoredAny = understanding.understood.some((term) => ignore.has(understoodId(term)));
  return {
    chips,
    filters,
    ...(Object.keys(weights).length > 0 ? { accordWeights: weights } : {}),
    remainingText: ignoredAny ? wordsLeft(understanding.text, kept, catalog) : understanding.remainingText,
  };
}

/** The query's own filters narrowed further by the understood ones. */
export function withUnderstood(explicit: CatalogFilters, understood: CatalogFilters): CatalogFilters {
  const joined = <T>(a: T[] | undefined, b: T[] | undefined) =>
    a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
  return {
    ...explicit,
    ...(understood.season && { season: understood.season }),
    ...(understood.occasion && { occasion: understood.occasion }),
    ...(understood.gender && { gender: understood.gender }),
    ...(understood.brands && { brands: understood.brands }),
    requiredAccords: joined(explicit.requiredAccords, understood.requiredAccords),
    excludeAccords: joined(explicit.excludeAccords, understood.excludeAccords),
    notes: joined(explicit.notes, understood.notes),
    excludeNotes: joined(explicit.excludeNotes, understood.excludeNotes),
  };
}
