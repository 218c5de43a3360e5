import type { AccordKey } from '@scentence/api/vocabulary';

export type AccordStrengths = Partial<Record<AccordKey, number>>;

/**
 * Folds source accords (name → strength 0–100) onto the project's keys with a mapping table.
 * Several source accords may land on one key: the strongest wins. Names the table does not
 * know are left out.
 */
export function foldAccords(
  source: Iterable<readonly [string, number]>,
  table: Readonly<Record<string, AccordKey>>,
): AccordStrengths {
  const folded: AccordStrengths = {};
  for (const [name, strength] of source) {
    const key = table[name.trim().toLowerCase()];
    if (!key || !(strength > 0)) continue;
    const rounded = Math.min(100, Math.round(strength));
    folded[key] = Math.max(folded[key] ?? 0, rounded);
  }
  return folded;
}
