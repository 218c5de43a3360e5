import { BRAND_COUNTRIES } from '@scentence/api/vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogCaller, openCatalogCaller } from './support/catalogCaller';

let caller: CatalogCaller;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ caller, close } = await openCatalogCaller());
});
afterAll(() => close?.());

describe('catalog.brand', () => {
  it('shows a house: its names, country, perfume count, accord profile and perfumes', async () => {
    const page = await caller.catalog.brand({ slug: 'le-labo' });
    expect(page.brand).toEqual({
      slug: 'le-labo',
      name: 'Le Labo',
      nameKo: '르라보',
      country: 'US',
      perfumes: expect.any(Number),
    });
    expect(page.brand.perfumes).toBeGreaterThan(3);
    expect(page.perfumes.total).toBe(page.brand.perfumes);
    expect(new Set(page.perfumes.items.map((perfume) => perfume.brand))).toEqual(new Set(['Le Labo']));

    expect(page.accords.length).toBeGreaterThan(2);
    expect(page.accords.length).toBeLessThanOrEqual(8);
    const shares = page.accords.map((accord) => accord.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const share of shares) expect(share).toBeGreaterThan(0);
    expect(shares[0]).toBeLessThanOrEqual(100);
  });

  it('counts an accord share as the part of the house carrying it', async () => {
    const page = await caller.catalog.brand({ slug: 'le-labo', limit: 50 });
    const [first] = page.accords;
    if (!first) throw new Error('Le Labo has no accord profile');
    const carrying = page.perfumes.items.filter((perfume) =>
      perfume.accords.some((accord) => accord.key === first.key && accord.strength >= 30),
    );
    // A summary lists a perfume's six strongest accords, so it may hide a weak one: at least this many carry it.
    expect(first.share).toBeGreaterThanOrEqual(Math.round((100 * carrying.length) / page.brand.perfumes));
  });

  it('sorts and pages its perfumes without repeating one', async () => {
    const newest = await caller.catalog.brand({ slug: 'chanel', sort: 'newest', limit: 50 });
    const years = newest.perfumes.items.map((perfume) => perfume.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const first = await caller.catalog.brand({ slug: 'chanel', limit: 3 });
    expect(first.perfumes.nextCursor).toBe(3);
    const second = await caller.catalog.brand({ slug: 'chanel', limit: 3, cursor: 3 });
    const ids = new Set([...first.perfumes.items, ...second.perfumes.items].map((perfume) => perfume.id));
    expect(ids.size).toBe(6);
  });

  it('finds a house from its name however it is cased or accented, and gives its slug', async () => {
    const page = await caller.catalog.brand({ slug: 'Hermès' });
    expect(page.brand).toMatchObject({ slug: 'hermes', name: 'Hermès', country: 'FR' });
    expect((await caller.catalog.brand({ slug: 'DOLCE-GABBANA' })).brand.slug).toBe('dolce-gabbana');
  });

  it('has no country for a house whose home we do not record', async () => {
    expect((await caller.catalog.brand({ slug: 'creed' })).brand.country).toBeNull();
  });

  it('is NOT_FOUND for an unknown brand and BAD_REQUEST for a malformed slug or sort', async () => {
    await expect(caller.catalog.brand({ slug: 'no-such-house' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalog.brand({ slug: '../etc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.catalog.brand({ slug: 'le labo' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      // @ts-expect-error: relevance needs a text to be relevant to, and a brand page has none
      caller.catalog.brand({ slug: 'le-labo', sort: 'relevance' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('catalog.notes', () => {
  it('lists every carried note once, most carried first, each with a family', async () => {
    const { notes } = await caller.catalog.notes({});
    expect(notes.length).toBeGreaterThan(150);
    expect(new Set(notes.map((note) => note.slug)).size).toBe(notes.length);
    const counts = notes.map((note) => note.perfumes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.at(-1)).toBeGreaterThan(0);
    expect(notes.find((note) => note.slug === 'bergamot')).toMatchObject({ nameKo: '베르가못', family: 'citrus' });
    // Not described, placed by its name.
    expect(notes.find((note) => note.slug === 'blood-mandarin')?.family).toBe('citrus');
    const unplaced = notes.filter((note) => note.family === null).map((note) => note.slug);
    expect(unplaced.length / notes.length).toBeLessThan(0.03);
  });

  it('counts the same perfumes as the note page lists', async () => {
    const { notes } = await caller.catalog.notes({});
    const sandalwood = notes.find((note) => note.slug === 'sandalwood');
    const page = await caller.catalog.note({ slug: 'sandalwood', limit: 1 });
    expect(sandalwood?.perfumes).toBe(page.perfumes.total);
    expect(page.note.family).toBe(sandalwood?.family);
  });
});

describe('catalog.pages and catalog.perfumeIds', () => {
  it('lists every brand and note page, and each brand slug opens its brand', async () => {
    const pages = await caller.catalog.pages({});
    expect(pages.brands).toContain('le-labo');
    expect(pages.brands).toContain('hermes');
    expect(pages.notes).toContain('pink-pepper');
    expect(pages.notes.length).toBe((await caller.catalog.notes({})).notes.length);
    for (const slug of pages.brands) {
      expect((await caller.catalog.brand({ slug, limit: 1 })).brand.slug).toBe(slug);
    }
  });

  it('knows the country of houses the catalog has, by their slugs', async () => {
    const { brands } = await caller.catalog.pages({});
    expect(Object.keys(BRAND_COUNTRIES).filter((slug) => !brands.includes(slug))).toEqual([]);
  });

  it('pages through every perfume id once, in id order', async () => {
    const { perfumes } = await caller.catalog.pages({});
    const ids: number[] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page = await caller.catalog.perfumeIds({ limit: 100, cursor });
      for (const item of page.items) {
        ids.push(item.id);
        expect(Number.isNaN(Date.parse(item.updatedAt))).toBe(false);
      }
      cursor = page.nextCursor;
    }
    expect(ids.length).toBe(perfumes);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(perfumes);
  });

  it('refuses a page larger than it gives', async () => {
    await expect(caller.catalog.perfumeIds({ limit: 5001 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
