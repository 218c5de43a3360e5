import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type PerfumeRecord, perfumeSearchInputSchema } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/import/delimitedReader';
import { type ImportSummary, importCatalog, parseCatalog } from '../../src/import/importCatalog';
import { FRAGRANTICA_ACCORDS } from '../../src/import/mappings/fragranticaAccords';
import { PARFUMO_ACCORDS } from '../../src/import/mappings/parfumoAccords';
import { parseVoteCounts } from '../../src/import/voteCounts';
import { createPerfumeRepository } from '../../src/repositories/perfumeRepository';
import { createTestDatabases, type TestDatabases } from '../../src/testing/testDatabases';

// The real catalogs are read in place and never copied (see ../shared/data/README.md).
const DATA = path.resolve(import.meta.dirname, '../../../../../shared/data');
const present = existsSync(path.join(DATA, 'scentence-perfume-info.tsv'));
if (!present) console.warn(`real catalog checks skipped: ${DATA} is absent`);

const MAX_SKIPPED_SHARE = 0.05;
const file = (name: string) => path.join(DATA, name);
const text = (name: string) => readFileSync(file(name), 'utf8');
const skippedShare = (summary: { read: number; skipped: readonly unknown[] }) => summary.skipped.length / summary.read;

function accordKeys(record: Pick<PerfumeRecord, 'accords'>): string[] {
  return Object.entries(record.accords)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([key]) => key);
}

describe.skipIf(!present)('the real catalogs in ../shared/data', () => {
  let databases: TestDatabases;
  const summaries: Record<string, ImportSummary> = {};
  const perfumes = () => createPerfumeRepository(databases.get('perfume'));

  async function find(q: string, brand: string, name: string) {
    const result = await perfumes().search(perfumeSearchInputSchema.parse({ q }));
    const item = result.items.find((i) => i.brand === brand && i.name === name);
    if (!item)
      throw new Error(
        `${brand} ${name} not found by "${q}": ${result.items.map((i) => `${i.brand} ${i.name}`).join('; ')}`,
      );
    const detail = await perfumes().findById(item.id);
    return { ...detail!, accordKeys: detail!.accords.map((a) => a.key) };
  }

  beforeAll(async () => {
    databases = await createTestDatabases(['perfume']);
    for (const name of ['scentence-perfume-info.tsv', 'fragrantica-517.json']) {
      summaries[name] = await importCatalog(databases.get('perfume'), file(name), text(name), {
        rebuildVectorIndex: true,
      });
    }
  }, 600_000);
  afterAll(() => databases?.close());

  it('imports the Scentence TSV with under 5% skipped', () => {
    const summary = summaries['scentence-perfume-info.tsv']!;
    expect(summary.read).toBe(4184);
    expect(skippedShare(summary)).toBeLessThan(MAX_SKIPPED_SHARE);
    expect(summary.inserted).toBe(summary.valid);
    expect(summary.embedded).toBe(summary.valid);
  });

  it('imports the Fragrantica JSON with under 5% skipped', () => {
    const summary = summaries['fragrantica-517.json']!;
    expect(summary.read).toBe(517);
    expect(skippedShare(summary)).toBeLessThan(MAX_SKIPPED_SHARE);
    // Perfumes the TSV already brought (same brand and name) are updated with the JSON's data.
    expect(summary.inserted + summary.updated).toBe(summary.valid);
    expect(summary.updated).toBeGreaterThan(0);
  });

  it('maps famous perfumes of the TSV sensibly', async () => {
    const sauvage = await find('sauvage eau de toilette', 'Dior', 'Sauvage Eau De Toilette');
    expect(sauvage.gender).toBe('masculine');
    expect(sauvage.accordKeys.slice(0, 2)).toEqual(['fresh', 'spicy']);

    const no5 = await find('n°5 parfum', 'Chanel', 'N°5 Parfum');
    expect(no5.gender).toBe('feminine');
    expect(no5.accordKeys[0]).toBe('floral');
    expect(no5.brandKo).toBe('샤넬');
    expect(no5.notes.find((n) => n.name === 'aldehyde')?.nameKo).toBe('알데하이드');
    // The TSV lists N°5 as Parfum, Eau de Parfum and Eau de Cologne: three perfumes.
    const versions = await perfumes().search(perfumeSearchInputSchema.parse({ q: 'n°5' }));
    expect(
      versions.items.filter((i) => i.brand === 'Chanel' && i.name.startsWith('N°5')).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('keeps one brand per house: the TSV\'s "Kilian" and the JSON\'s "By Kilian" are Kilian Paris', async () => {
    const kilian = await databases.get('perfume')<{ name: string; name_ko: string | null }[]>`
      SELECT name, name_ko FROM brands WHERE name_key LIKE '%kilian%'`;
    expect(kilian).toEqual([{ name: 'Kilian Paris', name_ko: '킬리안' }]);
    // One perfume, with the data of the file imported last (the JSON).
    const result = await perfumes().search(perfumeSearchInputSchema.parse({ q: "angels' share", limit: 50 }));
    expect(result.items.filter((item) => item.name === "Angels' Share").map((item) => item.brand)).toEqual([
      'Kilian Paris',
    ]);
  });

  it('maps famous perfumes of the JSON sensibly', async () => {
    const angels = await find("angels' share", 'Kilian Paris', "Angels' Share");
    expect(angels.accords.slice(0, 3)).toEqual([
      { key: 'woody', strength: 100 },
      { key: 'sweet', strength: 93 },
      { key: 'spicy', strength: 89 },
    ]);
    expect(angels.year).toBe(2020);
    expect(angels.longevity).toBeGreaterThan(3);

    const libre = await find('libre intense', 'Yves Saint Laurent', 'Libre Intense');
    expect(libre.gender).toBe('feminine');
    expect(libre.accordKeys[0]).toBe('vanilla');
    expect(libre.accordKeys).toContain('fougere');
  });

  it('leaves no Parfumo family or Fragrantica accord of the TSV and JSON unmapped', () => {
    const families = new Set<string>();
    for (const { fields } of readDelimited(text('scentence-perfume-info.tsv'), '\t')) {
      for (const family of Object.keys(parseVoteCounts(fields[6] ?? '') ?? {})) families.add(family.toLowerCase());
    }
    families.delete('accord');
    expect([...families].filter((family) => !PARFUMO_ACCORDS[family])).toEqual([]);
    const items = JSON.parse(text('fragrantica-517.json')) as { main_accords?: Record<string, number> }[];
    const accords = new Set(items.flatMap((item) => Object.keys(item.main_accords ?? {}).map((a) => a.toLowerCase())));
    expect([...accords].filter((accord) => !FRAGRANTICA_ACCORDS[accord])).toEqual([]);
  });

  // Writing the 38k CSV takes minutes on the embedded database: bench/import.bench.ts does that.
  // Here it is read and mapped only, which is what decides what is skipped.
  describe('the 38k Fragrantica CSV (read and mapped, not written)', () => {
    let parsed: ReturnType<typeof parseCatalog>;
    let records: PerfumeRecord[];
    beforeAll(() => {
      parsed = parseCatalog(file('fragrantica-38k.csv'), text('fragrantica-38k.csv'));
      records = parsed.rows.flatMap((row) => (row.record ? [row.record] : []));
    }, 120_000);
    const named = (brand: string, name: string) => {
      const record = records.find((r) => r.brand === brand && r.name === name);
      if (!record) throw new Error(`${brand} ${name} missing`);
      return record;
    };

    it('skips under 5% of its rows', () => {
      expect(parsed.rows).toHaveLength(37926);
      expect(skippedShare({ read: parsed.rows.length, skipped: parsed.rows.filter((r) => r.error) })).toBeLessThan(
        MAX_SKIPPED_SHARE,
      );
    });

    it('maps every accord it uses', () => {
      const accords = new Set<string>();
      for (const { fields, line } of readDelimited(text('fragrantica-38k.csv'), ',')) {
        if (line === 1 || !fields[4] || fields[4] === 'null') continue;
        for (const accord of JSON.parse(fields[4]) as string[]) accords.add(accord.toLowerCase());
      }
      expect(accords.size).toBeGreaterThan(70);
      expect([...accords].filter((accord) => !FRAGRANTICA_ACCORDS[accord])).toEqual([]);
    });

    it('maps famous perfumes sensibly', () => {
      const aventus = named('Creed', 'Aventus');
      expect(accordKeys(aventus)[0]).toBe('fruity');
      expect(accordKeys(aventus)).toEqual(expect.arrayContaining(['leathery', 'smoky', 'woody']));
      const oudWood = named('Tom Ford', 'Oud Wood');
      expect(accordKeys(oudWood)[0]).toBe('woody');
      expect(oudWood.notes.map((n) => n.name)).toContain('oud');
      expect(oudWood.notes.find((n) => n.name === 'oud')?.nameKo).toBe('오드');
    });
  });
});
