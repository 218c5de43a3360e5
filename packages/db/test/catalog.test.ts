import { perfumeRecordSchema } from '@scentence/api/schemas';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { NOTE_NAMES_KO } from '../src/seed/catalog/noteNamesKo';
import { relativeShares, SHIPPED_CATALOG, shippedCatalogRecords } from '../src/seed/catalogRecords';
import { nameKey } from '../src/text/normalize';

const records = shippedCatalogRecords();

describe('the shipped catalog', () => {
  it('has at least 300 perfumes from at least 60 brands', () => {
    expect(records.length).toBeGreaterThanOrEqual(300);
    expect(new Set(records.map((r) => nameKey(r.brand))).size).toBeGreaterThanOrEqual(60);
  });

  it('names each perfume once per brand', () => {
    const keys = records.map((r) => `${nameKey(r.brand)}/${nameKey(r.name)}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('gives every perfume valid notes, accords (strongest 100), seasons and occasions', () => {
    for (const record of records) {
      const parsed = perfumeRecordSchema.safeParse(record);
      expect(parsed.success, `${record.brand} ${record.name}`).toBe(true);
      expect(record.notes.length, `${record.name} notes`).toBeGreaterThan(0);
      const strengths = Object.values(record.accords);
      expect(Math.max(...strengths), `${record.name} accords`).toBe(100);
      for (const key of Object.keys(record.accords)) expect(ACCORD_KEYS).toContain(key);
      expect(Object.keys(record.seasons).length, `${record.name} seasons`).toBeGreaterThanOrEqual(1);
      expect(Object.keys(record.occasions).length, `${record.name} occasions`).toBeGreaterThanOrEqual(1);
    }
  });

  it('has a Korean name for every note it uses', () => {
    for (const part of SHIPPED_CATALOG) {
      for (const brand of part.brands) {
        for (const perfume of brand.perfumes) {
          for (const note of [
            ...(perfume.top ?? []),
            ...(perfume.middle ?? []),
            ...(perfume.base ?? []),
            ...(perfume.flat ?? []),
          ]) {
            expect(NOTE_NAMES_KO[note], `${perfume.name}: ${note}`).toMatch(/[가-힣]/);
          }
        }
      }
    }
  });

  it('has Korean names for the brands people in Korea know', () => {
    const withKo = records.filter((r) => r.brandKo).length;
    expect(withKo / records.length).toBeGreaterThan(0.9);
  });
});

describe('relativeShares', () => {
  it('scales so the best fit is 100 and drops zero shares', () => {
    expect(relativeShares({ spring: 40, summer: 80, fall: 0 })).toEqual({ spring: 50, summer: 100 });
    expect(relativeShares({})).toEqual({});
  });
});
