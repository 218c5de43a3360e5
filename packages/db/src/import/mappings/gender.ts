import type { GenderKey } from '@scentence/api/vocabulary';
import { genderFromVotes } from './votes';

/** Fewer gender votes than this and the JSON's `for_gender` label decides instead. */
export const MIN_GENDER_VOTES = 10;

/** Fragrantica's label: "for women", "for men", "for women and men". */
export function genderFromLabel(label: string | null | undefined): GenderKey {
  const text = (label ?? '').toLowerCase();
  const women = /\bwomen\b/.test(text);
  const men = /\bmen\b/.test(text);
  if (women && !men) return 'feminine';
  if (men && !women) return 'masculine';
  return 'unisex';
}

/**
 * Fragrantica's gender poll: "female" and "more female" count for the feminine side, "male"
 * and "more male" for the masculine side, and each "unisex" vote half for each side; then the
 * 66% rule. With fewer than 10 votes the `for_gender` label is used.
 */
export function genderFromFragranticaVotes(
  votes: Record<string, number> | null | undefined,
  label: string | null | undefined,
): GenderKey {
  const count = (key: string) => {
    const value = votes?.[key];
    return typeof value === 'number' && value > 0 ? value : 0;
  };
  const unisex = count('unisex');
  const feminine = count('female') + count('more female');
  const masculine = count('male') + count('more male');
  if (feminine + masculine + unisex < MIN_GENDER_VOTES) return genderFromLabel(label);
  return genderFromVotes(feminine + unisex / 2, masculine + unisex / 2);
}
