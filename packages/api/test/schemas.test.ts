import { describe, expect, it } from 'vitest';
import { perfumeSearchInputSchema } from '../src/schemas/perfume';
import { perfumeRecordSchema } from '../src/schemas/perfumeRecord';
import { ACCORD_KEYS, ACCORDS } from '../src/vocabulary';

describe('perfume search input', () => {
  it('reads comma lists from a query string and arrays from tRPC alike', () => {
    const fromQuery = perfumeSearchInputSchema.parse({ accords: 'woody,citrus', limit: '5' });
    const fromTrpc = perfumeSearchInputSchema.parse({ accords: ['woody', 'citrus'], limit: 5 });
    expect(fromQuery).toEqual(fromTrpc);
    expect(fromQuery).toMatchObject({ accords: ['woody', 'citrus'], limit: 5, cursor: 0 });
  });

  it('defaults the page and caps its size', () => {
    expect(perfumeSearchInputSchema.parse({})).toEqual({ accordMode: 'all', sort: 'relevance', limit: 20, cursor: 0 });
    expect(perfumeSearchInputSchema.safeParse({ limit: 51 }).success).toBe(false);
  });

  it('rejects accords outside the vocabulary', () => {
    const result = perfumeSearchInputSchema.safeParse({ accords: 'woody,plastic' });
    expect(result.success).toBe(false);
  });
});

describe('perfume record', () => {
  const minimal = { brand: 'Chanel', name: 'N°5', gender: 'feminine', accords: { aldehydic: 100 }, source: 'test' };

  it('accepts a minimal record and fills defaults', () => {
    expect(perfumeRecordSchema.parse(minimal)).toMatchObject({ perfumers: [], notes: [], seasons: {}, popularity: 0 });
  });

  it('rejects strengths outside 0..100 and unknown accords', () => {
    expect(perfumeRecordSchema.safeParse({ ...minimal, accords: { aldehydic: 140 } }).success).toBe(false);
    expect(perfumeRecordSchema.safeParse({ ...minimal, accords: { plastic: 50 } }).success).toBe(false);
  });
});

describe('accord vocabulary', () => {
  it('labels every accord key once, in Korean and English, with a colour', () => {
    expect(ACCORDS.map((accord) => accord.key)).toEqual([...ACCORD_KEYS]);
    for (const accord of ACCORDS) {
      expect(accord.ko).toMatch(/[가-힣]/);
      expect(accord.en).toMatch(/^[A-Z]/);
      expect(accord.color).toMatch(/^#[0-9A-F]{6}$/i);
    }
  });
});
