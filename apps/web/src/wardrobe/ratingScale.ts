import { RATING_MAX } from '@scentence/api/schemas';
import type { Locale } from '../i18n/locale';

/** Ratings go from 0 to RATING_MAX in half steps, like Parfumo's. */
export const RATING_STEP = 0.5;

/** The nearest rating a member can give: inside 0–10 and on a half step. */
export function snapRating(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const clamped = Math.min(RATING_MAX, Math.max(0, value));
  return Math.round(clamped / RATING_STEP) * RATING_STEP;
}

/** "7.5", "8": a half shows its decimal, a whole number does not. */
export function formatRating(rating: number, locale: Locale): string {
  return snapRating(rating).toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 1 });
}

/** How much of each of five stars is filled (0, 0.25 … 1) for a rating out of ten. */
export function starFills(rating: number | null, stars = 5): number[] {
  const filled = rating === null ? 0 : (snapRating(rating) / RATING_MAX) * stars;
  return Array.from({ length: stars }, (_, index) => Math.min(1, Math.max(0, filled - index)));
}
