import type { ChatConstraint } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import { ACCORD_PRESENT, type ChatPerfumeFacts, SHARE_FITS } from '@scentence/db';
import { MOOD_CORE_SHARE, MOODS } from '@scentence/domain/intent';
import type { RequestState } from './dialogueState';

/** Every condition a recommended perfume must meet, judged from the catalog's data. */
export interface Constraints {
  /** Gender leans allowed: a lean asked for, or unisex. */
  genders: GenderKey[] | null;
  season: SeasonKey | null;
  occasion: OccasionKey | null;
  accords: AccordKey[];
  accordsMode: 'all' | 'any';
  /** The mood words' core accords: a pick carries at least one. */
  moodAccords: AccordKey[];
  notes: string[];
  notesMode: 'all' | 'any';
  /** House identity keys asked for (any of them). */
  brands: string[];
  // What is turned away is never let go.
  excludeAccords: AccordKey[];
  excludeNotes: string[];
  excludeBrands: string[];
}

/** One step of letting conditions go when too few perfumes meet them all. */
export interface ConstraintStep {
  constraints: Constraints;
  /** What this step has let go, for the answer to say. */
  relaxed: ChatConstraint[];
}

export function gendersFor(gender: GenderKey | null): GenderKey[] | null {
  if (gender === null) return null;
  return gender === 'unisex' ? ['unisex'] : [gender, 'unisex'];
}

export function moodCoreAccords(moods: RequestState['moods']): AccordKey[] {
  const core = new Set<AccordKey>();
  for (const wish of moods) {
    if (wish.weight <= 0) continue;
    const mood = MOODS.find((entry) => entry.key === wish.key);
    if (!mood) continue;
    const entries = Object.entries(mood.accords) as [AccordKey, number][];
    const strongest = Math.max(...entries.map(([, weight]) => weight));
    for (const [accord, weight] of entries) if (weight >= strongest * MOOD_CORE_SHARE) core.add(accord);
  }
  return [...core];
}

/** What ranks the picks: accords asked for, and the mood words' accords by how strongly they were asked. */
export function accordWeightsOf(request: RequestState): Partial<Record<AccordKey, number>> {
  const weights: Partial<Record<AccordKey, number>> = {};
  const addWeight = (accord: AccordKey, weight: number) => {
    weights[accord] = (weights[accord] ?? 0) + weight;
  };
  for (const accord of request.accords) addWeight(accord, 1);
  for (const wish of request.moods) {
    const mood = MOODS.find((entry) => entry.key === wish.key);
    for (const [accord, weight] of Object.entries(mood?.accords ?? {}) as [AccordKey, number][]) {
      addWeight(accord, weight * wish.weight);
    }
  }
  for (const accord of request.excludeAccords) addWeight(accord, -1);
  return weights;
}

export function constraintsOf(request: RequestState): Constraints {
  return {
    genders: gendersFor(request.gender),
    season: request.season,
    occasion: request.occasion,
    accords: [...request.accords],
    accordsMode: 'all',
    moodAccords: moodCoreAccords(request.moods),
    notes: [...request.notes],
    notesMode: 'all',
    brands: [...request.brands],
    excludeAccords: [...request.excludeAccords],
    excludeNotes: [...request.excludeNotes],
    excludeBrands: [...request.excludeBrands],
  };
}

/**
 * The constraints, then each looser step in turn: the occasion goes first (the fuzziest data),
 * then the season, several notes become any of them, the mood's accords go, several accords become
 * any of them, the notes, the accords, the houses asked for, and last the gender lean. What was
 * turned away ("우디 말고", "디올 말고") is never let go.
 */
export function relaxationSteps(constraints: Constraints): ConstraintStep[] {
  const steps: ConstraintStep[] = [{ constraints, relaxed: [] }];
  const loosen = (relaxed: ChatConstraint, change: (current: Constraints) => Partial<Constraints> | null) => {
    const last = steps[steps.length - 1]!;
    const changed = change(last.constraints);
    if (!changed) return;
    steps.push({
      constraints: { ...last.constraints, ...changed },
      relaxed: last.relaxed.includes(relaxed) ? last.relaxed : [...last.relaxed, relaxed],
    });
  };
  loosen('occasion', (c) => (c.occasion ? { occasion: null } : null));
  loosen('season', (c) => (c.season ? { season: null } : null));
  loosen('notes', (c) => (c.notes.length > 1 && c.notesMode === 'all' ? { notesMode: 'any' } : null));
  loosen('moods', (c) => (c.moodAccords.length > 0 ? { moodAccords: [] } : null));
  loosen('accords', (c) => (c.accords.length > 1 && c.accordsMode === 'all' ? { accordsMode: 'any' } : null));
  loosen('notes', (c) => (c.notes.length > 0 ? { notes: [] } : null));
  loosen('accords', (c) => (c.accords.length > 0 ? { accords: [] } : null));
  loosen('brands', (c) => (c.brands.length > 0 ? { brands: [] } : null));
  loosen('gender', (c) => (c.genders ? { genders: null } : null));
  return steps;
}

const present = (facts: ChatPerfumeFacts, accord: AccordKey) =>
  facts.accords.some((entry) => entry.key === accord && entry.strength >= ACCORD_PRESENT);
const fits = (shares: readonly { key: string; share: number }[], key: string) =>
  shares.some((entry) => entry.key === key && entry.share >= SHARE_FITS);
const hasNote = (facts: ChatPerfumeFacts, slug: string) => facts.notes.some((note) => note.slug === slug);

/**
 * The conditions a perfume fails, judged from its catalog data (the same thresholds as the
 * search's filters: an accord from strength 30, a season or occasion from a share of 50). Empty
 * when it meets them all. `houseKey` is its house's identity key.
 */
export function failedConstraints(facts: ChatPerfumeFacts, houseKey: string, c: Constraints): ChatConstraint[] {
  const failed = new Set<ChatConstraint>();
  if (c.genders && !c.genders.includes(facts.gender)) failed.add('gender');
  if (c.season && !fits(facts.seasons, c.season)) failed.add('season');
  if (c.occasion && !fits(facts.occasions, c.occasion)) failed.add('occasion');
  if (c.accords.length > 0) {
    const met = c.accords.filter((accord) => present(facts, accord)).length;
    if (c.accordsMode === 'all' ? met < c.accords.length : met === 0) failed.add('accords');
  }
  if (c.moodAccords.length > 0 && !c.moodAccords.some((accord) => present(facts, accord))) failed.add('moods');
  if (c.notes.length > 0) {
    const met = c.notes.filter((slug) => hasNote(facts, slug)).length;
    if (c.notesMode === 'all' ? met < c.notes.length : met === 0) failed.add('notes');
  }
  if (c.brands.length > 0 && !c.brands.includes(houseKey)) failed.add('brands');
  if (c.excludeAccords.some((accord) => present(facts, accord))) failed.add('accords');
  if (c.excludeNotes.some((slug) => hasNote(facts, slug))) failed.add('notes');
  if (c.excludeBrands.includes(houseKey)) failed.add('brands');
  return [...failed];
}
