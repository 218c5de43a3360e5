import type { Preference, WardrobeSource, WardrobeState } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { deleteMemberOwnedRow } from './memberOwnedRows';

type SqlOrTx = Sql | postgres.TransactionSql;

/** A wardrobe_entries row as the services see it. */
export interface WardrobeEntryRecord {
  perfumeId: number;
  state: WardrobeState;
  preference: Preference;
  rating: number | null;
  memo: string;
  source: WardrobeSource;
  addedAt: Date;
  updatedAt: Date;
}

/** What a save writes; `rating` and `memo` left undefined keep what the entry had (nothing, for a new one). */
export interface WardrobeEntrySave {
  perfumeId: number;
  state: WardrobeState;
  preference: Preference;
  rating?: number | null;
  memo?: string;
  /** Kept from the first save: where the entry came from. */
  source: WardrobeSource;
}

/** The fields an update changes; undefined leaves one as it is, a null rating clears it. */
export interface WardrobeEntryChanges {
  state?: WardrobeState;
  preference?: Preference;
  rating?: number | null;
  memo?: string;
}

/** One entry of an imported file, ready to write: a save with every field given. */
export interface WardrobeImportRow extends Required<WardrobeEntrySave> {
  /** Kept for new entries, so a file brought into a fresh account gives the same collection. */
  addedAt: Date | null;
}

export interface WardrobeImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

const entryColumns = (sql: SqlOrTx) => sql`
  perfume_id AS "perfumeId", state, preference, rating::float8 AS rating, memo, source,
  added_at AS "addedAt", updated_at AS "updatedAt"`;

/** The member's whole wardrobe, newest first. */
export async function listWardrobeEntries(sql: Sql, memberId: string): Promise<WardrobeEntryRecord[]> {
  return sql<WardrobeEntryRecord[]>`
    SELECT ${entryColumns(sql)} FROM wardrobe_entries
    WHERE member_id = ${memberId} ORDER BY added_at DESC, perfume_id DESC`;
}

export async function findWardrobeEntry(
  sql: Sql,
  memberId: string,
  perfumeId: number,
): Promise<WardrobeEntryRecord | null> {
  const [row] = await sql<WardrobeEntryRecord[]>`
    SELECT ${entryColumns(sql)} FROM wardrobe_entries WHERE member_id = ${memberId} AND perfume_id = ${perfumeId}`;
  return row ?? null;
}

/**
 * Adds the perfume or changes the entry already there (one per perfume). The date added and the
 * source stay from the first save; `updated_at` moves only when something changed.
 */
export async function saveWardrobeEntry(
  sql: Sql,
  memberId: string,
  save: WardrobeEntrySave,
): Promise<WardrobeEntryRecord> {
  const setsRating = save.rating !== undefined;
  const setsMemo = save.memo !== undefined;
  const rating = sql`CASE WHEN ${setsRating} THEN excluded.rating ELSE wardrobe_entries.rating END`;
  const memo = sql`CASE WHEN ${setsMemo} THEN excluded.memo ELSE wardrobe_entries.memo END`;
  const [row] = await sql<WardrobeEntryRecord[]>`
    INSERT INTO wardrobe_entries (member_id, perfume_id, state, preference, rating, memo, source)
    VALUES (${memberId}, ${save.perfumeId}, ${save.state}, ${save.preference}, ${save.rating ?? null}::numeric,
      ${save.memo ?? ''}, ${save.source})
    ON CONFLICT (member_id, perfume_id) DO UPDATE SET
      state = excluded.state,
      preference = excluded.preference,
      rating = ${rating},
      memo = ${memo},
      updated_at = CASE
        WHEN (wardrobe_entries.state, wardrobe_entries.preference, wardrobe_entries.rating, wardrobe_entries.memo)
          IS DISTINCT FROM (excluded.state, excluded.preference, ${rating}, ${memo})
        THEN now() ELSE wardrobe_entries.updated_at END
    RETURNING ${entryColumns(sql)}`;
  return row as WardrobeEntryRecord;
}

/** Changes an entry the member has; null when there is none. */
export async function updateWardrobeEntry(
  sql: Sql,
  memberId: string,
  perfumeId: number,
  changes: WardrobeEntryChanges,
): Promise<WardrobeEntryRecord | null> {
  const state = sql`coalesce(${changes.state ?? null}::text, state)`;
  const preference = sql`coalesce(${changes.preference ?? null}::text, preference)`;
  const rating = sql`CASE WHEN ${changes.rating !== undefined} THEN ${changes.rating ?? null}::numeric ELSE rating END`;
  const memo = sql`coalesce(${changes.memo ?? null}::text, memo)`;
  const [row] = await sql<WardrobeEntryRecord[]>`
    UPDATE wardrobe_entries SET
      state = ${state},
      preference = ${preference},
      rating = ${rating},
      memo = ${memo},
      updated_at = CASE
        WHEN (state, preference, rating, memo) IS DISTINCT FROM (${state}, ${preference}, ${rating}, ${memo})
        THEN now() ELSE updated_at END
    WHERE member_id = ${memberId} AND perfume_id = ${perfumeId}
    RETURNING ${entryColumns(sql)}`;
  return row ?? null;
}

/** Deletes an entry for good; false when the member has none for the perfume. */
export async function deleteWardrobeEntry(sql: Sql, memberId: string, perfumeId: number): Promise<boolean> {
  return deleteMemberOwnedRow(sql, 'wardrobe_entries', memberId, perfumeId);
}

/** The member's entries among these perfumes (for "in your wardrobe" on cards). */
export async function wardrobeStatusOf(
  sql: Sql,
  memberId: string,
  perfumeIds: readonly number[],
): Promise<Pick<WardrobeEntryRecord, 'perfumeId' | 'state' | 'preference'>[]> {
  if (perfumeIds.length === 0) return [];
  return sql<Pick<WardrobeEntryRecord, 'perfumeId' | 'state' | 'preference'>[]>`
    SELECT perfume_id AS "perfumeId", state, preference FROM wardrobe_entries
    WHERE member_id = ${memberId} AND perfume_id = ANY(${perfumeIds as number[]}::int[])
    ORDER BY perfume_id`;
}

function sameContent(row: WardrobeImportRow, entry: WardrobeEntryRecord): boolean {
  return (
    row.state === entry.state &&
    row.preference === entry.preference &&
    row.rating === entry.rating &&
    row.memo === entry.memo
  );
}

/**
 * Writes an imported file's entries in one transaction: all or nothing. A perfume already in the
 * wardrobe takes the file's state, preference, rating and memo and keeps its date and source; a
 * new one keeps the file's date and source too.
 */
export async function importWardrobeEntries(
  sql: Sql,
  memberId: string,
  rows: readonly WardrobeImportRow[],
): Promise<WardrobeImportOutcome> {
  return sql.begin(async (tx) => {
    const ids = rows.map((row) => row.perfumeId);
    const existing = await tx<WardrobeEntryRecord[]>`
      SELECT ${entryColumns(tx)} FROM wardrobe_entries
      WHERE member_id = ${memberId} AND perfume_id = ANY(${ids}::int[]) FOR UPDATE`;
    const byPerfume = new Map(existing.map((entry) => [entry.perfumeId, entry]));
    const changed = rows.filter((row) => {
      const entry = byPerfume.get(row.perfumeId);
      return !entry || !sameContent(row, entry);
    });
    if (changed.length > 0) {
      const column = <K extends keyof WardrobeImportRow>(key: K) => changed.map((row) => row[key]);
      await tx`
        INSERT INTO wardrobe_entries (member_id, perfume_id, state, preference, rating, memo, source, added_at)
        SELECT ${memberId}, input.perfume_id, input.state, input.preference, input.rating, input.memo, input.source,
          coalesce(input.added_at, now())
        FROM unnest(
          ${column('perfumeId')}::int[], ${column('state')}::text[], ${column('preference')}::text[],
          ${column('rating') as (number | null)[]}::numeric[], ${column('memo')}::text[], ${column('source')}::text[],
          ${changed.map((row) => row.addedAt?.toISOString() ?? null)}::timestamptz[]
        ) AS input (perfume_id, state, preference, rating, memo, source, added_at)
        ON CONFLICT (member_id, perfume_id) DO UPDATE SET
          state = excluded.state, preference = excluded.preference, rating = excluded.rating,
          memo = excluded.memo, updated_at = now()`;
    }
    const added = changed.filter((row) => !byPerfume.has(row.perfumeId)).length;
    return { added, updated: changed.length - added, unchanged: rows.length - changed.length };
  });
}

/** Deletes the wardrobes and settings of purged members. */
export async function deleteWardrobesOf(sql: Sql, memberIds: readonly string[]): Promise<number> {
  if (memberIds.length === 0) return 0;
  return sql.begin(async (tx) => {
    const entries = await tx`DELETE FROM wardrobe_entries WHERE member_id = ANY(${memberIds as string[]}::uuid[])`;
    await tx`DELETE FROM wardrobe_settings WHERE member_id = ANY(${memberIds as string[]}::uuid[])`;
    return entries.count;
  });
}
