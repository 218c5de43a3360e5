import type { Preference, WardrobeState } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, SeasonKey } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { entryWeight, type TasteEntry, tasteOf } from '../../src/taste';

let nextId = 1;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

function entry(
  state: WardrobeState,
  preference: Preference,
  accords: Partial<Record<AccordKey, number>>,
  options: { addedDay?: number; notes?: string[]; seasons?: SeasonKey[]; gender?: GenderKey } = {},
): TasteEntry {
  const perfumeId = nextId++;
  return {
    perfumeId,
    state,
    preference,
    addedAt: day(options.addedDay ?? 0),
    perfume: {
      gender: options.gender ?? 'unisex',
      accords: Object.entries(accords).map(([key, strength]) => ({ key: key as AccordKey, strength: strength ?? 0 })),
      notes: (options.notes ?? []).map((slug) => ({ slug, name: slug, nameKo: null })),
      seasons: options.seasons ?? [],
    },
  };
}

const accordWeights = (entries: TasteEntry[]) =>
  Object.fromEntries(tasteOf(entries).profile.accords.map((accord) => [accord.key, accord.weight]));

describe('entryWeight', () => {
  it('multiplies preference (good 2, neutral 0, bad −3) by state (have 1, had 0.5, wish 0.7)', () => {
    expect(entryWeight('good', 'have', false)).toBe(2);
    expect(entryWeight('good', 'had', false)).toBe(1);
    expect(entryWeight('good', 'wish', false)).toBeCloseTo(1.4);
    expect(entryWeight('bad', 'have', false)).toBe(-3);
    expect(entryWeight('bad', 'had', false)).toBe(-1.5);
    expect(entryWeight('bad', 'wish', false)).toBeCloseTo(-2.1);
    expect(entryWeight('neutral', 'have', false) === 0).toBe(true);
  });

  it('gives the ten newest entries 1.2 times their weight', () => {
    expect(entryWeight('good', 'have', true)).toBeCloseTo(2.4);
    expect(entryWeight('bad', 'had', true)).toBeCloseTo(-1.8);
  });
});

describe('tasteOf', () => {
  it('weighs a liked perfume by its state: have 1, wish 0.7, had 0.5 of the strongest', () => {
    const accords = accordWeights([
      entry('have', 'good', { woody: 100 }),
      entry('wish', 'good', { citrus: 100 }),
      entry('had', 'good', { floral: 100 }),
    ]);
    expect(accords).toEqual({ woody: 100, citrus: 70, floral: 50 });
  });

  it('weighs accords by their strength in each perfume and adds them up', () => {
    const accords = accordWeights([
      entry('have', 'good', { woody: 100, amber: 50 }),
      entry('have', 'good', { amber: 50, citrus: 20 }),
    ]);
    expect(accords).toEqual({ woody: 100, amber: 100, citrus: 20 });
  });

  it('lets neutral entries count for nothing and a disliked perfume pull accords below zero', () => {
    const taste = tasteOf([
      entry('have', 'good', { woody: 100, sweet: 40 }),
      entry('have', 'neutral', { aquatic: 100 }),
      entry('have', 'bad', { sweet: 100, vanilla: 50 }),
    ]);
    expect(taste.profile.entries).toBe(1);
    expect(taste.profile.accords).toEqual([{ key: 'woody', weight: 100 }]);
    // All three are among the ten newest (× 1.2): sweet 2.4 × 0.4 − 3.6 = −2.64, vanilla −1.8.
    expect(taste.profile.avoidedAccords).toEqual([
      { key: 'sweet', weight: 100 },
      { key: 'vanilla', weight: 68.2 },
    ]);
    const [liked, disliked] = taste.weights.map((w) => w.weight);
    expect(liked).toBeCloseTo(2.4);
    expect(disliked).toBeCloseTo(-3.6);
  });

  it('boosts only the ten newest entries by 1.2', () => {
    const older = entry('have', 'good', { leathery: 100 }, { addedDay: 0 });
    const newer = Array.from({ length: 10 }, (_, i) => entry('have', 'good', { fresh: 10 }, { addedDay: i + 1 }));
    const taste = tasteOf([older, ...newer]);
    const weightOf = (id: number) => taste.weights.find((w) => w.perfumeId === id)?.weight;
    expect(weightOf(older.perfumeId)).toBe(2);
    for (const recent of newer) expect(weightOf(recent.perfumeId)).toBeCloseTo(2.4);
    // leathery 2 × 1.0 = 2; fresh 10 × 2.4 × 0.1 = 2.4.
    expect(Object.fromEntries(taste.profile.accords.map((a) => [a.key, a.weight]))).toEqual({
      fresh: 100,
      leathery: 83.3,
    });
  });

  it('counts notes over liked and disliked perfumes apart, the most frequent first', () => {
    const taste = tasteOf([
      entry('have', 'good', { woody: 80 }, { notes: ['cedar', 'vetiver'] }),
      entry('had', 'good', { woody: 80 }, { notes: ['cedar', 'bergamot'] }),
      entry('have', 'bad', { sweet: 80 }, { notes: ['vanilla', 'cedar'] }),
    ]);
    expect(taste.profile.likedNotes.map((n) => [n.slug, n.count])).toEqual([
      ['cedar', 2],
      ['vetiver', 1],
      ['bergamot', 1],
    ]);
    expect(taste.profile.dislikedNotes.map((n) => n.slug)).toEqual(['cedar', 'vanilla']);
  });

  it('gives season coverage and gender lean as shares of the liked weight', () => {
    const taste = tasteOf([
      entry('have', 'good', { citrus: 80 }, { seasons: ['spring', 'summer'], gender: 'masculine' }),
      entry('had', 'good', { woody: 80 }, { seasons: ['fall'], gender: 'unisex' }),
      entry('have', 'bad', { sweet: 80 }, { seasons: ['winter'], gender: 'feminine' }),
    ]);
    // Liked weight: 2 (have) + 1 (had) = 3; the disliked one does not count.
    expect(taste.profile.seasons).toEqual([
      { key: 'spring', share: 66.7 },
      { key: 'summer', share: 66.7 },
      { key: 'fall', share: 33.3 },
      { key: 'winter', share: 0 },
    ]);
    expect(taste.profile.genders).toEqual([
      { key: 'feminine', share: 0 },
      { key: 'masculine', share: 66.7 },
      { key: 'unisex', share: 33.3 },
    ]);
  });

  it('is empty for an empty wardrobe and shows nothing liked for a wardrobe of dislikes', () => {
    expect(tasteOf([]).profile).toEqual({
      entries: 0,
      accords: [],
      avoidedAccords: [],
      likedNotes: [],
      dislikedNotes: [],
      seasons: [],
      genders: [],
    });
    const dislikes = tasteOf([entry('had', 'bad', { smoky: 90 }, { notes: ['birch'] })]).profile;
    expect(dislikes).toMatchObject({ entries: 0, accords: [], likedNotes: [], seasons: [], genders: [] });
    expect(dislikes.avoidedAccords).toEqual([{ key: 'smoky', weight: 100 }]);
  });
});
