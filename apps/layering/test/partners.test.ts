import { randomUUID } from 'node:crypto';
import type { LayeringPartners } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameLine } from '../src/scoring/sameLine';
import { createLayeringFixture, type LayeringFixture } from './support/layeringFixture';

let fixture: LayeringFixture;

beforeAll(async () => {
  fixture = await createLayeringFixture();
}, 120_000);
afterAll(() => fixture?.close());

const strength = (item: LayeringPartners['items'][number], keys: readonly AccordKey[]) =>
  Math.max(0, ...item.perfume.accords.filter((accord) => keys.includes(accord.key)).map((accord) => accord.strength));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

describe('partners from the whole catalog', () => {
  it('never offer the perfume itself, another concentration of it or a flanker', async () => {
    const withSiblings = fixture.names.filter((row) =>
      fixture.names.some((other) => other.id !== row.id && sameLine(row, other)),
    );
    expect(withSiblings.length).toBeGreaterThan(20);
    for (const row of withSiblings) {
      const { items } = await fixture.anonymous().partners.fromCatalog({ perfumeId: row.id, limit: 20 });
      for (const item of items) {
        expect(item.perfume.id, row.name).not.toBe(row.id);
        expect(sameLine(row, item.perfume), `${row.name} / ${item.perfume.name}`).toBeNull();
      }
    }
  });

  it('offer only good and great pairs, best first, with their reasons', async () => {
    const partners = await fixture.anonymous().partners.fromCatalog({ perfumeId: fixture.id('Le Labo', 'Santal 33') });
    expect(partners.items.length).toBeGreaterThan(0);
    expect(partners.items.length).toBeLessThanOrEqual(10);
    expect(partners.items.every((item) => item.verdict === 'good' || item.verdict === 'great')).toBe(true);
    const scores = partners.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(partners.items.every((item) => item.highlights.length > 0 && item.moodFit === null)).toBe(true);
    expect(partners.mood).toBeNull();
    expect(partners.considered).toBeGreaterThan(partners.items.length);
  });

  it('score a partner as the pair analysis does', async () => {
    const perfumeId = fixture.id('Calvin Klein', 'CK One');
    const [partner] = (await fixture.anonymous().partners.fromCatalog({ perfumeId, limit: 1 })).items;
    const pair = await fixture.anonymous().pair.analyze({ a: perfumeId, b: partner!.perfume.id });
    expect([partner!.score, partner!.verdict, partner!.contrast]).toEqual([pair.score, pair.verdict, pair.contrast]);
  });

  it('lean where the mood words ask, in Korean and English', async () => {
    const perfumeId = fixture.id('Calvin Klein', 'CK One');
    const ask = (mood?: string) => fixture.anonymous().partners.fromCatalog({ perfumeId, mood, limit: 5 });
    const plain = await ask();
    const fresher = await ask('더 상쾌하게');
    const cozier = await ask('더 포근하게');
    const fresh: AccordKey[] = ['fresh', 'citrus', 'aquatic', 'green'];
    const cozy: AccordKey[] = ['musky', 'powdery', 'vanilla', 'creamy', 'amber'];
    expect(fresher.mood?.understood).toMatchObject([{ kind: 'mood', key: 'refreshing', negated: false }]);
    expect(mean(fresher.items.map((item) => strength(item, fresh)))).toBeGreaterThan(
      mean(plain.items.map((item) => strength(item, fresh))),
    );
    expect(mean(cozier.items.map((item) => strength(item, cozy)))).toBeGreaterThan(
      mean(plain.items.map((item) => strength(item, cozy))),
    );
    expect(fresher.items.every((item) => item.moodFit !== null)).toBe(true);
    const warmer = await ask('warmer');
    expect(warmer.mood?.understood).toMatchObject([{ kind: 'mood', key: 'warm' }]);
  });

  it('steer away from sweetness for "달지 않게"', async () => {
    const perfumeId = fixture.id('Tom Ford', 'Oud Wood');
    const sweet: AccordKey[] = ['sweet', 'gourmand', 'vanilla'];
    const notSweet = await fixture.anonymous().partners.fromCatalog({ perfumeId, mood: '달지 않게', limit: 5 });
    const sweeter = await fixture.anonymous().partners.fromCatalog({ perfumeId, mood: 'sweeter', limit: 5 });
    expect(notSweet.mood?.accords[0]).toEqual({ key: 'sweet', weight: -1 });
    expect(mean(notSweet.items.map((item) => strength(item, sweet)))).toBeLessThan(
      mean(sweeter.items.map((item) => strength(item, sweet))),
    );
    expect(notSweet.items.every((item) => strength(item, ['sweet']) < 60)).toBe(true);
  });

  it('answer 404 for an unknown perfume', async () => {
    await expect(fixture.anonymous().partners.fromCatalog({ perfumeId: 999_999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe("partners from the member's wardrobe", () => {
  it('need a signed-in member', async () => {
    await expect(
      fixture.anonymous().partners.fromWardrobe({ perfumeId: fixture.id('Le Labo', 'Santal 33') }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it("use only the member's own perfumes, never another member's, the perfume itself or its flankers", async () => {
    const [idA, idB] = [randomUUID(), randomUUID()];
    const [a, b, empty] = [fixture.member(idA), fixture.member(idB), fixture.member()];
    const sauvage = fixture.id('Dior', 'Sauvage');
    const ownedByA = [
      fixture.id('Dior', 'Sauvage'),
      fixture.id('Dior', 'Sauvage Elixir'),
      fixture.id('Le Labo', 'Bergamote 22'),
      fixture.id('Tom Ford', 'Oud Wood'),
      fixture.id('Byredo', 'Blanche'),
    ];
    const ownedByB = [fixture.id('Diptyque', 'Tam Dao'), fixture.id('Creed', 'Aventus')];
    for (const perfumeId of ownedByA) {
      await fixture.wardrobe.save(idA, { perfumeId, state: 'have', preference: 'good', source: 'manual' });
    }
    for (const perfumeId of ownedByB) {
      await fixture.wardrobe.save(idB, { perfumeId, state: 'have', preference: 'good', source: 'manual' });
    }
    // Wished for, not owned: not a partner.
    await fixture.wardrobe.save(idA, {
      perfumeId: fixture.id('Shiro', 'Savon'),
      state: 'wish',
      preference: 'neutral',
      source: 'manual',
    });

    const forA = await a.partners.fromWardrobe({ perfumeId: sauvage, limit: 20 });
    expect(forA.source).toBe('wardrobe');
    expect(new Set(forA.items.map((item) => item.perfume.id))).toEqual(
      new Set([
        fixture.id('Le Labo', 'Bergamote 22'),
        fixture.id('Tom Ford', 'Oud Wood'),
        fixture.id('Byredo', 'Blanche'),
      ]),
    );
    expect(forA.considered).toBe(3);
    const scores = forA.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    const forB = await b.partners.fromWardrobe({ perfumeId: sauvage, limit: 20 });
    expect(new Set(forB.items.map((item) => item.perfume.id))).toEqual(new Set(ownedByB));
    expect((await empty.partners.fromWardrobe({ perfumeId: sauvage })).items).toEqual([]);
  });
});
