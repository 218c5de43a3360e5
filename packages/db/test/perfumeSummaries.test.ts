import { type PerfumeRecord, type PerfumeSummary, perfumeRecordSchema } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { writeCatalogRecords } from '../src/import/importCatalog';
import { type PerfumeRow, perfumeColumns, toSummary } from '../src/repositories/perfumeReads';
import { useShippedCatalog } from './support/shippedCatalog';

const { sql, perfumes } = useShippedCatalog();

/** Every perfume's summary read from the catalog's own rows, as the reads built it before the read model. */
async function summariesFromTheCatalog(): Promise<PerfumeSummary[]> {
  const rows = await sql()<PerfumeRow[]>`
    SELECT ${perfumeColumns(sql())} FROM perfumes p JOIN brands b ON b.id = p.brand_id ORDER BY p.id`;
  const accords = await sql()<{ perfume_id: number; accord_key: string; strength: number }[]>`
    SELECT perfume_id, accord_key, strength FROM perfume_accords ORDER BY perfume_id, strength DESC, accord_key`;
  return rows.map((row) =>
    toSummary(
      row,
      accords
        .filter((accord) => accord.perfume_id === row.id)
        .map((accord) => ({ key: accord.accord_key, strength: accord.strength }) as PerfumeSummary['accords'][number]),
    ),
  );
}

async function summariesKept(): Promise<PerfumeSummary[]> {
  const ids = (await sql()<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id`).map((row) => row.id);
  return perfumes().findSummaries(ids);
}

const record = (fields: Partial<PerfumeRecord> & Pick<PerfumeRecord, 'brand' | 'name'>): PerfumeRecord =>
  perfumeRecordSchema.parse({
    gender: 'unisex',
    accords: { woody: 100, fresh: 60 },
    notes: [{ name: 'cedar', position: 'base' }],
    popularity: 5_000,
    source: 'fragrantica',
    ...fields,
  });

async function summaryNamed(name: string): Promise<PerfumeSummary | undefined> {
  const [row] = await sql()<{ id: number }[]>`SELECT id FROM perfumes WHERE name = ${name}`;
  return row ? (await perfumes().findSummaries([row.id]))[0] : undefined;
}

describe('the summaries a search page shows (the read model)', () => {
  it('says what the catalog says for every seeded perfume, strongest six accords first', async () => {
    const kept = await summariesKept();
    expect(kept.length).toBeGreaterThan(300);
    expect(kept).toEqual(await summariesFromTheCatalog());
    expect(JSON.stringify(kept)).toBe(JSON.stringify(await summariesFromTheCatalog()));
  });

  it('follows an import that changes a perfume: its names, year and accords', async () => {
    await writeCatalogRecords(sql(), [record({ brand: 'Maison Summary', name: 'Cedar Study', year: 2001 })]);
    expect(await summaryNamed('Cedar Study')).toMatchObject({
      brand: 'Maison Summary',
      year: 2001,
      accords: [
        { key: 'woody', strength: 100 },
        { key: 'fresh', strength: 60 },
      ],
    });

    await writeCatalogRecords(sql(), [
      record({
        brand: 'Maison Summary',
        name: 'Cedar Study',
        nameKo: '시더 스터디',
        year: 2003,
        accords: { smoky: 100, woody: 80, amber: 70, leathery: 65, spicy: 50, earthy: 40, fresh: 30 },
      }),
    ]);
    const changed = await summaryNamed('Cedar Study');
    expect(changed).toMatchObject({ nameKo: '시더 스터디', year: 2003 });
    expect(changed?.accords.map((accord) => accord.key)).toEqual([
      'smoky',
      'woody',
      'amber',
      'leathery',
      'spicy',
      'earthy',
    ]);
    const found = await perfumes().search({
      q: 'cedar study',
      accordMode: 'all',
      sort: 'relevance',
      limit: 5,
      cursor: 0,
    });
    expect(found.items[0]).toEqual(changed);
  });

  it('follows a brand renamed, accords written by hand, and forgets a deleted perfume', async () => {
    const [brand] = await sql()<{ id: number }[]>`SELECT id FROM brands WHERE name = 'Maison Summary'`;
    await sql()`UPDATE brands SET name = 'Maison Résumé', name_ko = '메종 레쥐메' WHERE id = ${brand!.id}`;
    expect(await summaryNamed('Cedar Study')).toMatchObject({ brand: 'Maison Résumé', brandKo: '메종 레쥐메' });

    const [id] = await sql()<{ id: number }[]>`SELECT id FROM perfumes WHERE name = 'Cedar Study'`;
    await sql()`DELETE FROM perfume_accords WHERE perfume_id = ${id!.id} AND accord_key = 'smoky'`;
    expect((await summaryNamed('Cedar Study'))?.accords.map((accord) => accord.key)).toEqual([
      'woody',
      'amber',
      'leathery',
      'spicy',
      'earthy',
      'fresh',
    ]);
    await sql()`DELETE FROM perfumes WHERE id = ${id!.id}`;
    expect(await perfumes().findSummaries([id!.id])).toEqual([]);
    expect(await summariesKept()).toEqual(await summariesFromTheCatalog());
  });
});
