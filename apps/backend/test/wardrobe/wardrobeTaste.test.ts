import { ACCORDS } from '@scentence/api/vocabulary';
import { shippedCatalogRecords } from '@scentence/db';
import { EMPTY_TASTE_PROFILE } from '@scentence/domain/taste';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCatalogRecords } from '../../../../packages/db/src/import/importCatalog';
import { createWardrobeFixture } from './wardrobeFixture';

// Opened while the file is collected, so the perfume ids below can be constants.
const fixture = await createWardrobeFixture();
afterAll(() => fixture.close());
const { santal, sauvage, bleu } = fixture.shipped;

async function accordStrengths(id: number): Promise<Map<string, number>> {
  const detail = await fixture.perfumes.findById(id);
  return new Map(detail?.accords.map((accord) => [accord.key, accord.strength]));
}

describe('wardrobe.taste', () => {
  it('weighs each entry by preference × state, × 1.2 for the ten newest', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good' });
    await calls.save({ perfumeId: sauvage, state: 'wish', preference: 'good' });
    await calls.save({ perfumeId: bleu, state: 'had', preference: 'bad' });

    // All three are among the ten newest: 2 × 1 × 1.2, 2 × 0.7 × 1.2, −3 × 0.5 × 1.2.
    const weights = new Map([
      [santal, 2.4],
      [sauvage, 1.68],
      [bleu, -1.8],
    ]);
    const totals = new Map<string, number>();
    for (const [id, weight] of weights) {
      for (const [key, strength] of await accordStrengths(id)) {
        totals.set(key, (totals.get(key) ?? 0) + (weight * strength) / 100);
      }
    }
    const strongest = Math.max(...totals.values());
    const expected = [...totals]
      .filter(([, total]) => total > 0)
      .map(([key, total]) => ({ key, weight: Math.round((total / strongest) * 1000) / 10 }))
      .filter((accord) => accord.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));

    const taste = await calls.taste({});
    expect(taste.entries).toBe(2);
    expect(taste.accords).toEqual(expected);
    const avoided = [...totals].filter(([, total]) => total < 0).map(([key]) => key);
    expect(avoided.length).toBeGreaterThan(0);
    expect(taste.avoidedAccords.map((accord) => accord.key).sort()).toEqual(avoided.sort());
    expect(taste.avoidedAccords[0]?.weight).toBe(100);
    // Seasons and genders describe the liked perfumes only: shares of 2.4 + 1.68.
    expect(taste.genders.reduce((sum, gender) => sum + gender.share, 0)).toBeCloseTo(100, 0);
    expect(taste.likedNotes.length).toBeGreaterThan(0);
  });

  it('leaves neutral entries out and is empty for an empty wardrobe', async () => {
    const { calls } = fixture.member();
    expect(await calls.taste({})).toMatchObject({ entries: 0, accords: [], likedNotes: [], seasons: [], genders: [] });
    await calls.save({ perfumeId: santal, state: 'have', preference: 'neutral' });
    expect(await calls.taste({})).toMatchObject({ entries: 0, accords: [], avoidedAccords: [] });
  });
});

describe('"use my wardrobe for recommendations"', () => {
  it('is on by default; off empties the taste and disables "for you"; on brings both back', async () => {
    const { calls } = fixture.member();
    expect(await calls.settings({})).toEqual({ useForRecommendations: true });
    await calls.save({ perfumeId: santal, preference: 'good' });
    expect((await calls.taste({})).entries).toBe(1);
    expect((await calls.forYou({})).basis).toBe('taste');

    expect(await calls.updateSettings({ useForRecommendations: false })).toEqual({ useForRecommendations: false });
    expect(await calls.settings({})).toEqual({ useForRecommendations: false });
    expect(await calls.taste({})).toEqual(EMPTY_TASTE_PROFILE);
    expect(await calls.forYou({})).toEqual({ basis: 'disabled', items: [] });
    expect((await fixture.wardrobe.taste.tasteProfileOf(fixture.member().id)).enabled).toBe(true);

    await calls.updateSettings({ useForRecommendations: true });
    expect((await calls.taste({})).entries).toBe(1);
    expect((await calls.forYou({})).basis).toBe('taste');
  });
});

describe('wardrobe.forYou', () => {
  it('invites instead of listing when nothing is liked yet', async () => {
    const { calls } = fixture.member();
    expect(await calls.forYou({})).toEqual({ basis: 'empty', items: [] });
    await calls.save({ perfumeId: santal, preference: 'neutral' });
    await calls.save({ perfumeId: sauvage, preference: 'bad' });
    expect(await calls.forYou({})).toEqual({ basis: 'empty', items: [] });
  });

  it('never recommends what the member has, had, wished for or disliked, even the closest perfumes', async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good' });
    const closest = (await fixture.perfumes.similar(santal, 4)).items.map((item) => item.perfume.id);
    expect(closest).toHaveLength(4);
    const [had, wished, disliked, owned] = closest as [number, number, number, number];
    await calls.save({ perfumeId: had, state: 'had', preference: 'neutral' });
    await calls.save({ perfumeId: wished, state: 'wish', preference: 'neutral' });
    await calls.save({ perfumeId: disliked, state: 'have', preference: 'bad' });
    await calls.save({ perfumeId: owned, state: 'have', preference: 'neutral' });

    const forYou = await calls.forYou({ limit: 30 });
    expect(forYou.basis).toBe('taste');
    expect(forYou.items.length).toBeGreaterThan(10);
    const ids = forYou.items.map((item) => item.perfume.id);
    for (const id of [santal, had, wished, disliked, owned]) expect(ids).not.toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps at most two perfumes of one house, nearest first, each with why in Korean and English', async () => {
    const { id, calls } = fixture.member();
    const leLabo = (
      await fixture.perfumes.search({ brand: 'Le Labo', accordMode: 'all', sort: 'relevance', limit: 3, cursor: 0 })
    ).items;
    expect(leLabo).toHaveLength(3);
    for (const perfume of leLabo) await calls.save({ perfumeId: perfume.id, state: 'have', preference: 'good' });

    // Without the cap one house fills more than two places: the cap is what keeps it to two.
    const taste = await fixture.wardrobe.taste.tasteProfileOf(id);
    const raw = await fixture.perfumes.nearestToTaste(
      taste.weights,
      30,
      leLabo.map((p) => p.id),
    );
    const rawBrands = (await fixture.perfumes.findSummaries(raw.map((n) => n.perfumeId))).map((p) => p.brand);
    expect(Math.max(...countBy(rawBrands).values())).toBeGreaterThan(2);

    const forYou = await calls.forYou({ limit: 12 });
    expect(forYou.items).toHaveLength(12);
    expect(Math.max(...countBy(forYou.items.map((item) => item.perfume.brand)).values())).toBeLessThanOrEqual(2);
    const scores = forYou.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const liked = new Set(leLabo.map((p) => p.id));
    const favouriteAccords = new Set(taste.profile.accords.map((accord) => accord.key));
    for (const item of forYou.items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.becauseOf.length).toBeGreaterThan(0);
      for (const favourite of item.becauseOf) expect(liked.has(favourite.id)).toBe(true);
      const strengths = await accordStrengths(item.perfume.id);
      for (const key of item.sharedAccords) {
        expect(favouriteAccords.has(key)).toBe(true);
        expect(strengths.get(key)).toBeGreaterThanOrEqual(30);
      }
      expect(item.reason.ko).toContain(`${item.becauseOf[0]?.brandKo ?? item.becauseOf[0]?.brand}`);
      expect(item.reason.en).toContain(`${item.becauseOf[0]?.brand} ${item.becauseOf[0]?.name}`);
      const first = ACCORDS.find((accord) => accord.key === item.sharedAccords[0]);
      if (first) {
        expect(item.reason.ko).toContain(first.ko);
        expect(item.reason.en).toContain(first.en.toLowerCase());
      }
    }
    expect(forYou.items.some((item) => item.sharedAccords.length > 0)).toBe(true);
  });
});

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('the taste after a catalog change', () => {
  it("follows a re-imported perfume's new accords at once", async () => {
    const { calls } = fixture.member();
    await calls.save({ perfumeId: santal, state: 'have', preference: 'good' });
    expect((await calls.taste({})).accords[0]?.key).toBe('woody');

    const record = shippedCatalogRecords().find((r) => r.brand === 'Le Labo' && r.name === 'Santal 33');
    if (!record) throw new Error('Santal 33 is shipped');
    await writeCatalogRecords(fixture.databases.get('perfume'), [{ ...record, accords: { aquatic: 100, woody: 20 } }]);

    expect((await calls.taste({})).accords).toEqual([
      { key: 'aquatic', weight: 100 },
      { key: 'woody', weight: 20 },
    ]);
  });
});
