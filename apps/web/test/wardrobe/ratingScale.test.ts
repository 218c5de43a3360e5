import { describe, expect, it } from 'vitest';
import { formatRating, snapRating, starFills } from '../../src/wardrobe/ratingScale';

describe('ratings from 0 to 10 in half steps', () => {
  it('snaps any number to the nearest half step inside 0–10', () => {
    expect(snapRating(7.3)).toBe(7.5);
    expect(snapRating(7.2)).toBe(7);
    expect(snapRating(-2)).toBe(0);
    expect(snapRating(12)).toBe(10);
    expect(snapRating(Number.NaN)).toBe(0);
  });

  it('writes a half with its decimal and a whole number without one', () => {
    expect(formatRating(7.5, 'ko')).toBe('7.5');
    expect(formatRating(8, 'en')).toBe('8');
    expect(formatRating(10, 'ko')).toBe('10');
  });

  it('fills five stars, two points each, a half step filling a quarter star', () => {
    expect(starFills(null)).toEqual([0, 0, 0, 0, 0]);
    expect(starFills(10)).toEqual([1, 1, 1, 1, 1]);
    expect(starFills(7)).toEqual([1, 1, 1, 0.5, 0]);
    expect(starFills(0.5)).toEqual([0.25, 0, 0, 0, 0]);
  });
});
