import { createHash } from 'node:crypto';
import type { PerfumeRecord } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { type BrandIdentity, brandIdentity } from '../text/brandIdentity';
import { foldText, nameKey, noteSlug } from '../text/normalize';

export interface UpsertOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Ids of perfumes written (inserted or changed), in input order, for embedding. */
  written: { id: number; record: PerfumeRecord }[];
}

type Tx = postgres.TransactionSql;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function contentHash(record: PerfumeRecord): string {
  return createHash('sha1')
    .update(JSON.stringify(canonical(record)))
    .digest('hex');
}

function searchTextOf(record: PerfumeRecord, house: BrandIdentity): string {
  const parts = [record.brand, house.name, record.brandKo ?? house.nameKo, record.name, record.nameKo]
    .filter((part): part is string => Boolean(part))
    .map(foldText);
  return [...new Set(parts)].join(' ');
}

const houseOf = (record: PerfumeRecord) => brandIdentity(record.brand, record.brandKo);

/** Last occurrence wins when one batch names the same perfume twice (under any spelling of its house). */
function dedupe(records: PerfumeRecord[]): PerfumeRecord[] {
  const byKey = new Map<string, PerfumeRecord>();
  for (const record of records) byKey.set(`${houseOf(record).key}\u0000${nameKey(record.name)}`, record);
  return [...byKey.values()];
}

/** The brand rows there are, by house: the row spelt as the house is canonically, else the oldest. */
async function brandRowsByHouse(tx: Tx): Promise<Map<string, { id: number; nameKo: string | null }>> {
  const rows = await tx<{ id: number; name: string; name_ko: string | null }[]>`
    SELECT id, name, name_ko FROM brands ORDER BY id`;
  const byHouse = new Map<string, { id: number; nameKo: string | null; canonical: boolean }>();
  for (const row of rows) {
    const house = brandIdentity(row.name, row.name_ko);
    const canonical = house.name === row.name;
    const known = byHouse.get(house.key);
    if (!known || (canonical && !known.canonical))
      byHouse.set(house.key, { id: row.id, nameKo: row.name_ko, canonical });
  }
  return byHouse;
}

/**
 * The brand row of every record's house, by house key: an existing row of the house under any
 * spelling, or a new row under the house's canonical spelling. So an import that writes
 * "Christian Dior" adds to the catalog's "Dior" instead of starting a second brand.
 */
async function upsertBrands(tx: Tx, records: PerfumeRecord[]): Promise<Map<string, number>> {
  const houses = new Map<string, BrandIdentity>();
  for (const record of records) {
    const house = houseOf(record);
    const known = houses.get(house.key);
    houses.set(house.key, { ...(known ?? house), nameKo: known?.nameKo ?? house.nameKo });
  }
  const existing = await brandRowsByHouse(tx);
  const ids = new Map<string, number>();
  const missing: BrandIdentity[] = [];
  const koreanNames: { id: number; nameKo: string }[] = [];
  for (const house of houses.values()) {
    const row = existing.get(house.key);
    if (!row) missing.push(house);
    else {
      ids.set(house.key, row.id);
      // Known brands are only read, and rewritten only to fill a missing Korean name, which
      // keeps large imports from rewriting the same brand rows batch after batch.
      if (row.nameKo === null && house.nameKo) koreanNames.push({ id: row.id, nameKo: house.nameKo });
    }
  }
  if (koreanNames.length > 0) {
    await tx`UPDATE brands SET name_ko = input.name_ko
      FROM unnest(${koreanNames.map((k) => k.id)}::int[], ${koreanNames.map((k) => k.nameKo)}::text[]) AS input(id, name_ko)
      WHERE brands.id = input.id AND brands.name_ko IS NULL`;
  }
  if (missing.length > 0) {
    const rows = await tx<{ id: number; name_key: string }[]>`
      INSERT INTO brands (name_key, name, name_ko)
      SELECT * FROM unnest(${missing.map((house) => nameKey(house.name))}::text[], ${missing.map((house) => house.name)}::text[],
        ${missing.map((house) => house.nameKo)}::text[])
      ON CONFLICT (name_key) DO UPDATE SET name_ko = COALESCE(brands.name_ko, excluded.name_ko)
      RETURNING id, name_key`;
    const idByNameKey = new Map(rows.map((row) => [row.name_key, row.id]));
    for (const house of missing) ids.set(house.key, idByNameKey.get(nameKey(house.name))!);
  }
  return ids;
}

async function upsertNotes(tx: Tx, records: PerfumeRecord[]): Promise<Map<string, number>> {
  const notes = new Map<string, { name: string; ko: string | null }>();
  for (const r of records) {
    for (const note of r.notes) {
      const slug = noteSlug(note.name);
      if (!slug) continue;
      const known = notes.get(slug);
      notes.set(slug, { name: known?.name ?? note.name, ko: known?.ko ?? note.nameKo ?? null });
    }
  }
  if (notes.size === 0) return new Map();
  const slugs = [...notes.keys()];
  // As for brands: known notes are read, and rewritten only to fill a missing Korean name.
  const rows = await tx<{ id: number; slug: string }[]>`
    WITH input (slug, name, name_ko) AS (
      SELECT * FROM unnest(${slugs}::text[], ${slugs.map((s) => notes.get(s)!.name)}::text[], ${slugs.map((s) => notes.get(s)!.ko)}::text[])
    ), written AS (
      INSERT INTO notes (slug, name, name_ko) SELECT * FROM input
      ON CONFLICT (slug) DO UPDATE SET name_ko = excluded.name_ko
        WHERE notes.name_ko IS NULL AND excluded.name_ko IS NOT NULL
      RETURNING id, slug
    )
    SELECT id, slug FROM written
    UNION ALL
    SELECT n.id, n.slug FROM notes n JOIN input USING (slug)
    WHERE n.slug NOT IN (SELECT slug FROM written)`;
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function replaceChildren(
  tx: Tx,
  written: { id: number; record: PerfumeRecord }[],
  noteIds: Map<string, number>,
  updatedIds: number[],
) {
  // A perfume inserted just now has no children yet: only changed ones have rows to replace.
  if (updatedIds.length > 0) {
    await tx`DELETE FROM perfume_notes WHERE perfume_id = ANY(${updatedIds}::int[])`;
    await tx`DELETE FROM perfume_accords WHERE perfume_id = ANY(${updatedIds}::int[])`;
    await tx`DELETE FROM perfume_seasons WHERE perfume_id = ANY(${updatedIds}::int[])`;
    await tx`DELETE FROM perfume_occasions WHERE perfume_id = ANY(${updatedIds}::int[])`;
  }

  const notes = { perfume: [] as number[], note: [] as number[], position: [] as string[], rank: [] as number[] };
  const seen = new Set<string>();
  for (const { id, record } of written) {
    record.notes.forEach((note, rank) => {
      const noteId = noteIds.get(noteSlug(note.name));
      const key = `${id}:${note.position}:${noteId}`;
      if (noteId === undefined || seen.has(key)) return;
      seen.add(key);
      notes.perfume.push(id);
      notes.note.push(noteId);
      notes.position.push(note.position);
      notes.rank.push(rank);
    });
  }
  if (notes.perfume.length > 0) {
    await tx`INSERT INTO perfume_notes (perfume_id, note_id, position, rank)
      SELECT * FROM unnest(${notes.perfume}::int[], ${notes.note}::int[], ${notes.position}::text[], ${notes.rank}::smallint[])`;
  }
  await insertShares(tx, 'perfume_accords', 'accord_key', 'strength', written, (r) => r.accords);
  await insertShares(tx, 'perfume_seasons', 'season', 'share', written, (r) => r.seasons);
  await insertShares(tx, 'perfume_occasions', 'occasion', 'share', written, (r) => r.occasions);
}

async function insertShares(
  tx: Tx,
  table: string,
  keyColumn: string,
  valueColumn: string,
  written: { id: number; record: PerfumeRecord }[],
  pick: (record: PerfumeRecord) => Partial<Record<string, number>>,
) {
  const ids: number[] = [];
  const keys: string[] = [];
  const values: number[] = [];
  for (const { id, record } of written) {
    for (const [key, value] of Object.entries(pick(record))) {
      if (value === undefined) continue;
      ids.push(id);
      keys.push(key);
      values.push(Math.round(value));
    }
  }
  if (ids.length === 0) return;
  await tx`INSERT INTO ${tx(table)} (perfume_id, ${tx(keyColumn)}, ${tx(valueColumn)})
    SELECT * FROM unnest(${ids}::int[], ${keys}::text[], ${values}::smallint[])`;
}

/**
 * Writes a batch of perfumes in one transaction: a perfume is identified by brand + name, an
 * unchanged one is left alone, a changed one has its notes, accords and shares replaced.
 */
export async function upsertPerfumes(sql: Sql, input: PerfumeRecord[]): Promise<UpsertOutcome> {
  const records = dedupe(input);
  if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0, written: [] };
  return sql.begin(async (tx) => {
    // The summaries of the perfumes written are refreshed once, at the end (migration 0008).
    await tx`SELECT set_config('scentence.summaries_by_writer', 'on', true)`;
    const brandIds = await upsertBrands(tx, records);
    const noteIds = await upsertNotes(tx, records);
    const rows = await tx<{ id: number; name_key: string; brand_id: number; inserted: boolean }[]>`
      INSERT INTO perfumes (brand_id, name_key, name, name_ko, release_year, concentration, perfumers, gender,
        image_url, longevity, sillage, popularity, source, search_text, content_hash)
      SELECT b, k, n, nk, y, c, ARRAY(SELECT jsonb_array_elements_text(pf::jsonb)), g, img, lo, si, pop, src, st, h
      FROM unnest(
        ${records.map((r) => brandIds.get(houseOf(r).key)!)}::int[],
        ${records.map((r) => nameKey(r.name))}::text[],
        ${records.map((r) => r.name)}::text[],
        ${records.map((r) => r.nameKo ?? null)}::text[],
        ${records.map((r) => r.year ?? null)}::int[],
        ${records.map((r) => r.concentration ?? null)}::text[],
        ${records.map((r) => JSON.stringify(r.perfumers))}::text[],
        ${records.map((r) => r.gender)}::text[],
        ${records.map((r) => r.imageUrl ?? null)}::text[],
        ${records.map((r) => r.longevity ?? null)}::numeric[],
        ${records.map((r) => r.sillage ?? null)}::numeric[],
        ${records.map((r) => r.popularity)}::int[],
        ${records.map((r) => r.source)}::text[],
        ${records.map((r) => searchTextOf(r, houseOf(r)))}::text[],
        ${records.map(contentHash)}::text[]
      ) AS input(b, k, n, nk, y, c, pf, g, img, lo, si, pop, src, st, h)
      ON CONFLICT (brand_id, name_key) DO UPDATE SET
        name = excluded.name, name_ko = COALESCE(excluded.name_ko, perfumes.name_ko),
        release_year = excluded.release_year, concentration = excluded.concentration,
        perfumers = excluded.perfumers, gender = excluded.gender, image_url = excluded.image_url,
        longevity = excluded.longevity, sillage = excluded.sillage, popularity = excluded.popularity,
        source = excluded.source, search_text = excluded.search_text, content_hash = excluded.content_hash,
        updated_at = now()
      WHERE perfumes.content_hash IS DISTINCT FROM excluded.content_hash
      RETURNING id, name_key, brand_id, (xmax = 0) AS inserted`;
    const byIdentity = new Map(records.map((r) => [`${brandIds.get(houseOf(r).key)}:${nameKey(r.name)}`, r]));
    const written = rows.map((row) => ({ id: row.id, record: byIdentity.get(`${row.brand_id}:${row.name_key}`)! }));
    const updatedIds = rows.filter((row) => !row.inserted).map((row) => row.id);
    if (written.length > 0) {
      await replaceChildren(tx, written, noteIds, updatedIds);
      await tx`SELECT perfume_summaries_refresh(${written.map((perfume) => perfume.id)}::int[])`;
    }
    const inserted = rows.filter((row) => row.inserted).length;
    return { inserted, updated: rows.length - inserted, unchanged: records.length - rows.length, written };
  });
}

/** Stores vectors for one model; a perfume's earlier vector for that model is replaced. */
export async function saveEmbeddings(sql: Sql | Tx, model: string, items: { perfumeId: number; vector: number[] }[]) {
  if (items.length === 0) return;
  await sql`
    INSERT INTO perfume_embeddings (perfume_id, model, embedding)
    SELECT id, ${model}, v::vector FROM unnest(${items.map((i) => i.perfumeId)}::int[], ${items.map((i) => `[${i.vector.join(',')}]`)}::text[]) AS input(id, v)
    ON CONFLICT (perfume_id, model) DO UPDATE SET embedding = excluded.embedding, updated_at = now()`;
}

/** How many vectors are stored, of every model (one vector index covers them all). */
export async function countEmbeddings(sql: Sql): Promise<number> {
  const [row] = await sql<{ count: number }[]>`SELECT count(*)::int AS count FROM perfume_embeddings`;
  return row?.count ?? 0;
}

/**
 * Runs `work` in one transaction with the vector (HNSW) indexes of perfume_embeddings dropped,
 * then creates them again from their own definitions. Building an index once over all vectors
 * is several times cheaper than growing it one insert at a time, which matters on the embedded
 * (WebAssembly) database; if anything fails, the transaction rolls back and the indexes stay.
 * Vector queries in other sessions wait for it: only for a catalog nobody is reading meanwhile.
 */
export async function withVectorIndexRebuilt<T>(sql: Sql, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await sql.begin(async (tx) => {
    // Building the index over tens of thousands of vectors outlasts the connections' usual statement timeout.
    await tx`SET LOCAL statement_timeout = 0`;
    const indexes = await tx<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = 'perfume_embeddings' AND indexdef ILIKE '% USING hnsw %'`;
    for (const index of indexes) await tx`DROP INDEX ${tx(index.indexname)}`;
    const outcome = await work(tx);
    await tx`SET LOCAL maintenance_work_mem = '256MB'`;
    for (const index of indexes) await tx.unsafe(index.indexdef);
    return outcome;
  });
  return result as T;
}
