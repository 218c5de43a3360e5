import { type PerfumeRecord, perfumeRecordSchema } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { formatBrandMergeReport } from '../../src/import/brandMergeSummary';
import { writeCatalogRecords } from '../../src/import/importCatalog';
import { useShippedCatalog } from '../support/shippedCatalog';

const { sql, perfumes } = useShippedCatalog();

/** A perfume as a Fragrantica import brings it: the house spelt its own way, no Korean names. */
const imported = (brand: string, name: string, popularity = 5_000): PerfumeRecord =>
  perfumeRecordSchema.parse({
    brand,
    name,
    gender: 'unisex',
    accords: { woody: 100, fresh: 60 },
    notes: [{ name: 'cedar', position: 'base' }],
    popularity,
    source: 'fragrantica',
  });

async function brandsNamed(...names: string[]) {
  return sql()<{ id: number; name: string; name_ko: string | null }[]>`
    SELECT id, name, name_ko FROM brands WHERE name = ANY(${names}::text[]) ORDER BY name`;
}

async function perfumeOf(brand: string, name: string) {
  const [row] = await sql()<{ id: number; popularity: number; name_ko: string | null; search_text: string }[]>`
    SELECT p.id, p.popularity, p.name_ko, p.search_text FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE b.name = ${brand} AND p.name = ${name}`;
  return row;
}

describe('the catalog version', () => {
  it('is bumped by the seed and by an import that changes something, not by one that changes nothing', async () => {
    const seeded = await perfumes().catalogVersion();
    expect(seeded).toBeGreaterThan(1);
    await writeCatalogRecords(sql(), [imported('Maison Nouvelle', 'First Light')]);
    const afterImport = await perfumes().catalogVersion();
    expect(afterImport).toBe(seeded + 1);
    await writeCatalogRecords(sql(), [imported('Maison Nouvelle', 'First Light')]);
    expect(await perfumes().catalogVersion()).toBe(afterImport);
  });
});

describe('importing under another spelling of a known house', () => {
  it('adds to the catalog’s brand instead of starting a second one', async () => {
    const brandsBefore = (await sql()<{ count: number }[]>`SELECT count(*)::int AS count FROM brands`)[0]!.count;
    await writeCatalogRecords(sql(), [
      imported('Christian Dior', 'Eau Sauvage'),
      imported('By Kilian', 'Black Phantom Memento Mori'),
      imported('Saint Laurent', 'Kouros'),
      imported('YSL', 'Opium'),
    ]);
    expect(await brandsNamed('Christian Dior', 'By Kilian', 'Saint Laurent', 'YSL')).toEqual([]);
    expect(await perfumeOf('Dior', 'Eau Sauvage')).toBeDefined();
    expect(await perfumeOf('Kilian Paris', 'Black Phantom Memento Mori')).toBeDefined();
    expect(await perfumeOf('Yves Saint Laurent', 'Kouros')).toBeDefined();
    expect(await perfumeOf('Yves Saint Laurent', 'Opium')).toBeDefined();
    const brandsAfter = (await sql()<{ count: number }[]>`SELECT count(*)::int AS count FROM brands`)[0]!.count;
    expect(brandsAfter).toBe(brandsBefore);
  });

  it('updates the catalog’s own perfume when the import names it under the other spelling', async () => {
    const before = await perfumeOf('Dior', 'Sauvage');
    await writeCatalogRecords(sql(), [imported('Christian Dior', 'Sauvage', 20_000)]);
    const after = await perfumeOf('Dior', 'Sauvage');
    expect(after?.id).toBe(before?.id);
    expect(after?.popularity).toBe(20_000);
    // The import has no Korean name; the catalog's stays.
    expect(after?.name_ko).toBe('소바쥬');
  });

  it('creates a house the catalog lacks under the alias table’s spelling and Korean name', async () => {
    await writeCatalogRecords(sql(), [imported('Parfums Christian Dior', 'Fahrenheit')]);
    expect(await perfumeOf('Dior', 'Fahrenheit')).toBeDefined();
    await writeCatalogRecords(sql(), [imported('Comme des Garcons', 'Wonderwood')]);
    const [brand] = await sql()<{ name: string; name_ko: string | null }[]>`
      SELECT b.name, b.name_ko FROM brands b JOIN perfumes p ON p.brand_id = b.id WHERE p.name = 'Wonderwood'`;
    expect(brand?.name).toMatch(/^Comme des Gar[cç]ons$/);
  });
});

describe('merging brands an earlier import split (--merge-brands)', () => {
  /** What an import before the alias table left behind: a second brand row for a known house. */
  async function splitBrand(name: string, moving: string[]) {
    const [row] = await sql()<{ id: number }[]>`
      INSERT INTO brands (name_key, name) VALUES (lower(${name}), ${name}) RETURNING id`;
    await sql()`UPDATE perfumes SET brand_id = ${row!.id} WHERE name = ANY(${moving}::text[])`;
    return row!.id;
  }

  /**
   * A copy of a perfume under another brand row, without its Korean name: bare (a name and
   * nothing known), or with everything the original knows plus one more note.
   */
  async function copyPerfume(name: string, brandId: number, popularity: number, full: boolean) {
    const [original] = await sql()<
      { id: number }[]
    >`SELECT id FROM perfumes WHERE name = ${name} AND brand_id <> ${brandId}`;
    const [row] = full
      ? await sql()<{ id: number }[]>`
        INSERT INTO perfumes (brand_id, name_key, name, gender, release_year, longevity, sillage, popularity, source,
          search_text, content_hash)
        SELECT ${brandId}, name_key, name, gender, release_year, longevity, sillage, ${popularity}, 'legacy',
          search_text, 'legacy'
        FROM perfumes WHERE id = ${original!.id} RETURNING id`
      : await sql()<{ id: number }[]>`
        INSERT INTO perfumes (brand_id, name_key, name, gender, popularity, source, search_text, content_hash)
        SELECT ${brandId}, name_key, name, gender, ${popularity}, 'legacy', search_text, 'legacy'
        FROM perfumes WHERE id = ${original!.id} RETURNING id`;
    if (full) {
      for (const table of ['perfume_accords', 'perfume_notes', 'perfume_seasons', 'perfume_occasions']) {
        const columns = await sql()<{ column_name: string }[]>`
          SELECT column_name FROM information_schema.columns
          WHERE table_name = ${table} AND column_name <> 'perfume_id' ORDER BY ordinal_position`;
        const list = columns.map((column) => `"${column.column_name}"`).join(', ');
        await sql().unsafe(
          `INSERT INTO ${table} (perfume_id, ${list}) SELECT $1, ${list} FROM ${table} WHERE perfume_id = $2`,
          [row!.id, original!.id],
        );
      }
      await sql()`INSERT INTO perfume_notes (perfume_id, note_id, position, rank)
        SELECT ${row!.id}, id, 'flat', 99 FROM notes WHERE slug = 'cedar'`;
    }
    return row!.id;
  }

  it('folds every spelling of a house into one row, keeps the better of two same-named perfumes, and reports it', async () => {
    const christianDior = await splitBrand('Christian Dior', ['Eau Sauvage', 'Fahrenheit']);
    const thin = await copyPerfume("J'adore", christianDior, 99_999, false);
    const richer = await copyPerfume('Miss Dior', christianDior, 1, true);
    const doriginal = await perfumeOf('Dior', "J'adore");
    const missDior = await perfumeOf('Dior', 'Miss Dior');
    const byKilian = await splitBrand('By Kilian', ['Black Phantom Memento Mori']);
    const versionBefore = await perfumes().catalogVersion();

    const report = await perfumes().mergeDuplicateBrands();

    const dior = report.merges.find((merge) => merge.brand === 'Dior');
    expect(dior?.merged).toEqual([{ id: christianDior, name: 'Christian Dior', perfumes: 4 }]);
    expect(dior?.moved).toBe(3);
    expect(dior?.collisions).toEqual([
      { name: "J'adore", keptId: doriginal!.id, removedId: thin },
      { name: 'Miss Dior', keptId: richer, removedId: missDior!.id },
    ]);
    expect(report.merges.find((merge) => merge.brand === 'Kilian Paris')?.merged).toEqual([
      { id: byKilian, name: 'By Kilian', perfumes: 1 },
    ]);
    expect(await brandsNamed('Christian Dior', 'By Kilian')).toEqual([]);
    expect(await perfumeOf('Dior', 'Eau Sauvage')).toBeDefined();
    expect(await perfumeOf('Kilian Paris', 'Black Phantom Memento Mori')).toBeDefined();
    // The row that knew more stayed, and kept the Korean name the other had.
    const kept = await perfumeOf('Dior', 'Miss Dior');
    expect(kept?.id).toBe(richer);
    expect(kept?.name_ko).toBe('미스 디올');
    expect(kept?.search_text).toContain('디올');
    expect(await perfumes().catalogVersion()).toBe(versionBefore + 1);

    const lines = formatBrandMergeReport(report);
    expect(lines.join('\n')).toContain(`Dior (#${dior?.brandId}) ← "Christian Dior" (4 perfumes): 3 perfumes moved`);
    expect(lines.join('\n')).toContain(`"J'adore" in both: kept #${doriginal!.id}, removed #${thin}`);
  });

  it('renames a house’s only row to the house’s spelling, then has nothing left to do', async () => {
    const [rabanne] = await sql()<{ id: number }[]>`SELECT id FROM brands WHERE name = 'Rabanne'`;
    await sql()`UPDATE brands SET name = 'Paco Rabanne', name_key = 'paco rabanne' WHERE id = ${rabanne!.id}`;
    const report = await perfumes().mergeDuplicateBrands();
    expect(report).toEqual({ merges: [], renamed: [{ id: rabanne!.id, from: 'Paco Rabanne', to: 'Rabanne' }] });
    expect(await brandsNamed('Rabanne', 'Paco Rabanne')).toEqual([expect.objectContaining({ name: 'Rabanne' })]);
    const versionAfter = await perfumes().catalogVersion();
    expect(await perfumes().mergeDuplicateBrands()).toEqual({ merges: [], renamed: [] });
    expect(await perfumes().catalogVersion()).toBe(versionAfter);
    expect(formatBrandMergeReport({ merges: [], renamed: [] })).toEqual([
      'Brands: no house is split; nothing to merge',
    ]);
  });
});
