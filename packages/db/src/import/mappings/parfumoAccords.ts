import type { AccordKey } from '@scentence/api/vocabulary';
import { type AccordStrengths, foldAccords } from './accordStrengths';

/** Parfumo's 21 scent families (the TSV's `accord` keys, lower-cased) → project accord keys. */
export const PARFUMO_ACCORDS: Readonly<Record<string, AccordKey>> = {
  fresh: 'fresh',
  citrus: 'citrus',
  fruity: 'fruity',
  sweet: 'sweet',
  floral: 'floral',
  powdery: 'powdery',
  creamy: 'creamy',
  gourmand: 'gourmand',
  // Parfumo's "Oriental" is the warm, resinous-sweet family the project calls amber.
  oriental: 'amber',
  spicy: 'spicy',
  animal: 'animalic',
  leathery: 'leathery',
  smoky: 'smoky',
  woody: 'woody',
  resinous: 'resinous',
  earthy: 'earthy',
  chypre: 'chypre',
  fougère: 'fougere',
  fougere: 'fougere',
  green: 'green',
  aquatic: 'aquatic',
  // Parfumo votes "Synthetic" for clean aroma-chemical profiles (white musks, ambroxan, iso e super).
  synthetic: 'musky',
};

/** A kept family's votes must be at least this share of the family before it (a bigger drop is a cliff). */
export const CLIFF_RATIO = 0.5;
/** Families are kept, strongest first, until they hold this share of all votes. */
export const VOTE_BUDGET = 0.8;

/**
 * The original service's "cliff + 80% budget" rule, as implemented here: sort the families by
 * votes (ties by name); always keep the first; keep each next family unless the families kept so
 * far already hold 80% of all votes (budget spent) or its votes are below half of the previous
 * kept family's (a cliff). Kept families are scaled so the strongest is 100.
 */
export function keptFamilyStrengths(votes: Record<string, number>): [string, number][] {
  const sorted = Object.entries(votes)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  const first = sorted[0];
  if (!first) return [];
  const kept: [string, number][] = [first];
  let keptVotes = first[1];
  for (const entry of sorted.slice(1)) {
    const previous = kept[kept.length - 1]![1];
    if (keptVotes >= total * VOTE_BUDGET || entry[1] < previous * CLIFF_RATIO) break;
    kept.push(entry);
    keptVotes += entry[1];
  }
  return kept.map(([name, count]) => [name, (count / first[1]) * 100]);
}

/** Parfumo vote counts → project accord strengths (rule above, then the table, strongest per key). */
export function parfumoAccordStrengths(votes: Record<string, number>): AccordStrengths {
  return foldAccords(keptFamilyStrengths(votes), PARFUMO_ACCORDS);
}
