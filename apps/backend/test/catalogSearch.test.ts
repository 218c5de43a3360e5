import type { PerfumeRepository } from '@scentence/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogCaller, openCatalogCaller } from './support/catalogCaller';

let caller: CatalogCaller;
let perfumes: PerfumeRepository;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ caller, perfumes, close } = await openCatalogCaller());
});
afterAll(() => close?.());

const names = (result: { items: { name: string }[] }) => result.items.map((p) => p.name);

describe('search tolerates what people type', () => {
  it('forgives a typo', async () => {
    expect(names(await caller.perfume.search({ q: 'sauvgae' }))).toContain('Sauvage');
  });

  it('forgives missing spaces in Korean', async () => {
    expect(names(await caller.perfume.search({ q: '블루드샤넬' }))).toContain('Bleu de Chanel');
  });

  it('finds perfumes by a note name in Korean, after the perfumes named for it', async () => {
    const result = await caller.perfume.search({ q: '무화과', limit: 50 });
    expect(result.total).toBeGreaterThan(0);
    const detail = await caller.perfume.byId({ id: result.items[0]!.id });
    const text = `${detail.name} ${detail.nameKo ?? ''} ${detail.notes.map((n) => `${n.name} ${n.nameKo}`).join(' ')}`;
    expect(text).toMatch(/fig|무화과/i);
  });
});

describe('search filters', () => {
  it('"any" of several accords finds at least as many as "all"', async () => {
    const all = await caller.perfume.search({ accords: ['aquatic', 'leathery'], accordMode: 'all' });
    const any = await caller.perfume.search({ accords: ['aquatic', 'leathery'], accordMode: 'any' });
    expect(any.total).toBeGreaterThan(all.total);
    for (const perfume of any.items) {
      expect(perfume.accords.some((a) => (a.key === 'aquatic' || a.key === 'leathery') && a.strength >= 30)).toBe(true);
    }
  });

  it('excludes a note', async () => {
    const withRose = await caller.perfume.search({ notes: ['rose'], limit: 50 });
    const withoutRose = await caller.perfume.search({ q: 'chanel', excludeNotes: ['rose'], limit: 50 });
    const roseIds = new Set(withRose.items.map((p) => p.id));
    expect(withoutRose.items.length).toBeGreaterThan(0);
    expect(withoutRose.items.some((p) => roseIds.has(p.id))).toBe(false);
  });

  it('keeps a release-year range and sorts newest first', async () => {
    const result = await caller.perfume.search({ yearFrom: 2010, yearTo: 2015, sort: 'newest', limit: 50 });
    const years = result.items.map((p) => p.year ?? 0);
    expect(years.every((y) => y >= 2010 && y <= 2015)).toBe(true);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('filters by brand and occasion', async () => {
    const result = await caller.perfume.search({ brand: 'Hermès', occasion: 'daily', limit: 50 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((p) => p.brand === 'Hermès')).toBe(true);
  });

  it('rejects a reversed year range naming yearTo', async () => {
    await expect(caller.perfume.search({ yearFrom: 2020, yearTo: 2000 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('yearTo'),
    });
  });
});

describe('autocomplete', () => {
  it('suggests perfumes, brands and notes for a few letters', async () => {
    const suggestions = await caller.perfume.suggest({ q: '조 말' });
    expect(suggestions.brands[0]?.name).toBe('Jo Malone London');
    const notes = await caller.perfume.suggest({ q: 'berg' });
    expect(notes.notes.map((n) => n.slug)).toContain('bergamot');
    const perfumes = await caller.perfume.suggest({ q: 'baccarat' });
    expect(perfumes.perfumes[0]?.name).toContain('Baccarat Rouge 540');
  });

  it('gives each suggested perfume what its bottle drawing needs, as its search result has it', async () => {
    // "santal 33" is found by the database's text match, "쏘바" by the in-memory name match.
    for (const [q, name] of [
      ['santal 33', 'Santal 33'],
      ['쏘바', 'Sauvage'],
    ] as const) {
      const suggested = (await caller.perfume.suggest({ q })).perfumes.find((perfume) => perfume.name === name);
      const found = (await caller.perfume.search({ q: name })).items.find((perfume) => perfume.id === suggested?.id);
      expect(found, q).toBeDefined();
      expect(suggested, q).toEqual({
        id: found!.id,
        brand: found!.brand,
        brandKo: found!.brandKo,
        name: found!.name,
        nameKo: found!.nameKo,
        concentration: found!.concentration,
        accords: found!.accords.slice(0, 3),
      });
    }
    const santal = (await caller.perfume.suggest({ q: 'santal 33' })).perfumes[0];
    expect(santal).toMatchObject({
      name: 'Santal 33',
      concentration: 'edp',
      accords: [{ key: 'woody', strength: 100 }, {}, {}],
    });
  });
});

describe('similar perfumes', () => {
  it('returns neighbours with the accords and notes they share', async () => {
    const [santal] = (await caller.perfume.search({ q: 'santal 33' })).items;
    const similar = await caller.perfume.similar({ id: santal!.id, limit: 5 });
    expect(similar.items).toHaveLength(5);
    expect(similar.items.map((s) => s.perfume.id)).not.toContain(santal!.id);
    const similarities = similar.items.map((s) => s.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(similar.items[0]!.sharedAccords).toContain('woody');
    expect(similar.items.some((s) => s.sharedNotes.length > 0)).toBe(true);
  });

  it('finds the same neighbours through the index as an exact scan', async () => {
    const approx = await perfumes.nearest(10, 10);
    const exact = await perfumes.nearest(10, 10, { exact: true });
    // Ties are equally right answers: a neighbour counts when it is as close as the exact 10th.
    const tenth = Math.min(...exact.map((n) => n.similarity));
    expect(approx.filter((n) => n.similarity >= tenth - 1e-9).length).toBeGreaterThanOrEqual(9);
    expect(approx.map((n) => n.similarity)).toEqual([...approx.map((n) => n.similarity)].sort((a, b) => b - a));
  });

  it('is NOT_FOUND for an unknown perfume', async () => {
    await expect(caller.perfume.similar({ id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('note and accord pages', () => {
  it('describe a note in both languages and list its perfumes', async () => {
    const page = await caller.catalog.note({ slug: 'bergamot' });
    expect(page.note.nameKo).toBe('베르가못');
    expect(page.note.description?.ko).toMatch(/[가-힣]/);
    expect(page.note.description?.en.length).toBeGreaterThan(10);
    expect(page.perfumes.total).toBe(page.note.perfumes);
    expect(page.perfumes.items.length).toBeGreaterThan(0);
  });

  it('is NOT_FOUND for an unknown note and BAD_REQUEST for a malformed slug', async () => {
    await expect(caller.catalog.note({ slug: 'unobtainium' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller.catalog.note({ slug: '../etc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('describe an accord and list perfumes strongest in it first', async () => {
    const page = await caller.catalog.accord({ key: 'woody', limit: 10 });
    expect(page.accord).toMatchObject({ key: 'woody', ko: '우디', en: 'Woody' });
    expect(page.accord.description.ko).toMatch(/[가-힣]/);
    const strengths = page.perfumes.items.map((p) => p.accords.find((a) => a.key === 'woody')?.strength ?? 0);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(page.notes.length).toBeGreaterThan(3);
  });
});
