import { perfumeSearchInputSchema } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reembedCatalog } from '../../src/cli/reembedCatalog';
import type { Embedder } from '../../src/embedding/embedder';
import { embedPerfumeLocally } from '../../src/embedding/localEmbedder';
import { UnknownFormatError } from '../../src/import/adapters/registry';
import { importCatalog } from '../../src/import/importCatalog';
import { createPerfumeRepository } from '../../src/repositories/perfumeRepository';
import { countEmbeddings, withVectorIndexRebuilt } from '../../src/repositories/perfumeWrites';
import { createTestDatabases, type TestDatabases } from '../../src/testing/testDatabases';
import { fixturePath, fixtureText } from './fixtures';

let databases: TestDatabases;
const sql = () => databases.get('perfume');
const perfumes = () => createPerfumeRepository(sql());
const importFixture = (name: string, text = fixtureText(name)) => importCatalog(sql(), fixturePath(name), text);

beforeAll(async () => {
  databases = await createTestDatabases(['perfume']);
});
afterAll(() => databases?.close());

const FIXTURES = [
  { file: 'scentence-mini.tsv', format: 'scentence-tsv', read: 9, valid: 6, skippedLines: [5, 6, 9] },
  { file: 'fragrantica-mini.csv', format: 'fragrantica-csv', read: 9, valid: 6, skippedLines: [4, 6, 11] },
  { file: 'fragrantica-mini.json', format: 'fragrantica-json', read: 6, valid: 3, skippedLines: [117, 122, 140] },
] as const;

async function perfumeNamed(q: string, name: string) {
  const result = await perfumes().search(perfumeSearchInputSchema.parse({ q }));
  const found = result.items.find((item) => item.name === name);
  if (!found) throw new Error(`${name} not found by "${q}": ${result.items.map((i) => i.name).join(', ')}`);
  return found;
}

describe('importing catalog files', () => {
  it('writes each fixture and reports every row', async () => {
    for (const fixture of FIXTURES) {
      const summary = await importFixture(fixture.file);
      expect(summary).toMatchObject({
        format: fixture.format,
        read: fixture.read,
        valid: fixture.valid,
        inserted: fixture.valid,
        updated: 0,
        unchanged: 0,
        embedded: fixture.valid,
        written: true,
        embeddingModel: 'local-v1',
      });
      expect(summary.skipped.map((s) => s.line)).toEqual(fixture.skippedLines);
      for (const skipped of summary.skipped) expect(skipped.reason.length).toBeGreaterThan(0);
    }
    expect(await perfumes().count()).toBe(15);
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const fixture of FIXTURES) {
      const summary = await importFixture(fixture.file);
      expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: fixture.valid, embedded: 0 });
    }
  });

  it('makes imported perfumes findable by name, with their mapped accords and notes', async () => {
    const found = await perfumeNamed('ocean drift', 'Ocean Drift');
    expect(found.brand).toBe('Maison Test');
    expect(found.accords[0]).toEqual({ key: 'aquatic', strength: 100 });
    const detail = await perfumes().findById(found.id);
    expect(detail?.notes.map((n) => n.name)).toEqual(['sea notes', 'citrus', 'woody notes']);
    expect(detail?.notes.find((n) => n.name === 'sea notes')?.nameKo).toBe('바다 노트');
    expect(detail?.longevity).toBe(3.25);

    const morning = await perfumes().findById((await perfumeNamed('citrus morning', 'Citrus Morning')).id);
    expect(morning?.seasons).toEqual(
      expect.arrayContaining([
        { key: 'summer', share: 100 },
        { key: 'spring', share: 75 },
      ]),
    );
    expect(morning?.gender).toBe('masculine');
  });

  it('keeps both perfumes that a source names alike', async () => {
    const result = await perfumes().search(perfumeSearchInputSchema.parse({ q: 'nomad' }));
    expect(result.items.map((i) => i.name).sort()).toEqual(['Nomad Eau de Parfum', 'Nomad Eau de Toilette']);
  });

  it('updates and re-embeds a perfume whose row changed', async () => {
    const changed = fixtureText('scentence-mini.tsv').replace(
      "{'Woody': '10', 'Spicy': '8'}",
      "{'Woody': '10', 'Smoky': '9'}",
    );
    const summary = await importFixture('scentence-mini.tsv', changed);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 5, embedded: 1 });
    const nomad = await perfumeNamed('nomad eau de parfum', 'Nomad Eau de Parfum');
    expect(nomad.accords.map((a) => a.key)).toEqual(['woody', 'smoky']);
  });

  it('embeds perfumes an interrupted import left without a vector', async () => {
    const [row] = await sql()<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id LIMIT 1`;
    await sql()`DELETE FROM perfume_embeddings WHERE perfume_id = ${row!.id}`;
    const summary = await importFixture('fragrantica-mini.json');
    expect(summary).toMatchObject({ inserted: 0, updated: 0, embedded: 1 });
    expect(await countEmbeddings(sql())).toBe(15);
  });

  it('writes nothing for a file in no known format', async () => {
    const before = await perfumes().count();
    await expect(importFixture('unknown-format.txt')).rejects.toThrow(UnknownFormatError);
    expect(await perfumes().count()).toEqual(before);
  });
});

describe('re-embedding and the vector index', () => {
  const otherModel: Embedder = {
    model: 'test-other-v1',
    embed: async (records) => records.map((record) => embedPerfumeLocally({ ...record, gender: 'unisex' })),
  };

  it('re-embeds every perfume with another model, keeping the first model’s vectors', async () => {
    const embedded = await reembedCatalog(sql(), otherModel, { rebuildVectorIndex: true });
    expect(embedded).toBe(15);
    const byModel = await sql()<{ model: string; count: number }[]>`
      SELECT model, count(*)::int AS count FROM perfume_embeddings GROUP BY model ORDER BY model`;
    expect(byModel).toEqual([
      { model: 'local-v1', count: 15 },
      { model: 'test-other-v1', count: 15 },
    ]);
  });

  it('rebuilds the HNSW index from its own definition, and keeps it when the work fails', async () => {
    const hnsw = () => sql()<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'perfume_embeddings' AND indexdef ILIKE '%hnsw%'`;
    const before = await hnsw();
    expect(before).toHaveLength(1);
    await withVectorIndexRebuilt(sql(), async (tx) => {
      const inside =
        await tx`SELECT 1 FROM pg_indexes WHERE tablename = 'perfume_embeddings' AND indexdef ILIKE '%hnsw%'`;
      expect(inside).toHaveLength(0);
    });
    expect(await hnsw()).toEqual(before);
    await expect(
      withVectorIndexRebuilt(sql(), async () => {
        throw new Error('embedding service down');
      }),
    ).rejects.toThrow('embedding service down');
    expect(await hnsw()).toEqual(before);
  });
});
