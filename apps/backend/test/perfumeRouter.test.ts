import { toErrorBody } from '@scentence/api';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogCaller, openCatalogCaller } from './support/catalogCaller';

let caller: CatalogCaller;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ caller, close } = await openCatalogCaller());
});
afterAll(() => close?.());

describe('perfume.search', () => {
  it('finds a perfume by its Korean name', async () => {
    const result = await caller.perfume.search({ q: '소바쥬' });
    expect(result.items.map((p) => p.name)).toContain('Sauvage');
  });

  it("ranks a brand's own perfumes first, strongest accords first", async () => {
    const result = await caller.perfume.search({ q: 'le labo', limit: 50 });
    const brands = result.items.map((p) => p.brand);
    const firstOther = brands.findIndex((brand) => brand !== 'Le Labo');
    expect(firstOther === -1 ? brands.length : firstOther).toBeGreaterThanOrEqual(5);
    expect(brands.slice(firstOther === -1 ? brands.length : firstOther)).not.toContain('Le Labo');
    for (const perfume of result.items) {
      const strengths = perfume.accords.map((a) => a.strength);
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    }
  });

  it('keeps only perfumes that carry every requested accord and the gender lean', async () => {
    const result = await caller.perfume.search({ accords: ['woody', 'citrus'], gender: 'masculine', limit: 50 });
    expect(result.total).toBeGreaterThan(0);
    for (const perfume of result.items) {
      expect(perfume.gender).toBe('masculine');
      const keys = perfume.accords.map((a) => a.key);
      expect(keys).toEqual(expect.arrayContaining(['woody', 'citrus']));
    }
  });

  it('pages through results without repeating a perfume', async () => {
    const first = await caller.perfume.search({ season: 'summer', limit: 10 });
    expect(first.nextCursor).toBe(10);
    const second = await caller.perfume.search({ season: 'summer', limit: 10, cursor: first.nextCursor ?? 0 });
    const ids = new Set([...first.items, ...second.items].map((p) => p.id));
    expect(ids.size).toBe(20);
    expect(second.total).toBe(first.total);
  });

  it('filters by a note', async () => {
    const result = await caller.perfume.search({ notes: ['oud'], limit: 50 });
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) {
      const detail = await caller.perfume.byId({ id: item.id });
      expect(detail.notes.map((n) => n.slug)).toContain('oud');
    }
  });

  it('rejects an unknown accord, naming the field and the accords it may be', async () => {
    const error = await caller.perfume.search({ accords: ['woody', 'plastic' as 'woody'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    const body = toErrorBody(error as TRPCError);
    expect(body.code).toBe('BAD_REQUEST');
    expect(body.issues.map((issue) => issue.path)).toEqual(['accords.1']);
    expect(body.issues[0]?.message).toMatch(/^Invalid option: expected one of .*"woody"/);
    expect(body.issues[0]?.message).not.toContain('plastic');
    expect(body.message).toBe('Invalid input: accords.1');
  });
});

describe('perfume.byId', () => {
  it('returns the pyramid, accords, seasons and occasions', async () => {
    const [santal] = (await caller.perfume.search({ q: 'santal 33' })).items;
    const perfume = await caller.perfume.byId({ id: santal!.id });
    expect(perfume.brand).toBe('Le Labo');
    expect(perfume.notes.some((n) => n.position !== 'flat' || perfume.notes.length > 0)).toBe(true);
    expect(perfume.accords[0]?.strength).toBe(100);
    expect(perfume.seasons[0]?.share).toBe(100);
    expect(perfume.longevity).toBeGreaterThanOrEqual(1);
  });

  it('is NOT_FOUND for an unknown id', async () => {
    await expect(caller.perfume.byId({ id: 999_999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
