import type { MemberStatus } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { containsPattern } from '../text/normalize';
import { type MemberRecord, memberColumns, type SqlOrTx } from './memberRecords';

/** Hides the account at once; it stays recoverable until the purge. */
export async function requestWithdrawal(sql: Sql, id: string, at: Date): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`
    UPDATE members SET status = 'withdrawal_requested', withdrawal_requested_at = ${at}, updated_at = now()
    WHERE id = ${id} AND status IN ('normal', 'dormant')
    RETURNING ${memberColumns(sql)}`;
  return row ?? null;
}

/** Brings back an account whose withdrawal was requested after `notBefore`; null otherwise. */
export async function recoverWithdrawal(sql: Sql, id: string, notBefore: Date): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`
    UPDATE members SET status = 'normal', withdrawal_requested_at = NULL, updated_at = now()
    WHERE id = ${id} AND status = 'withdrawal_requested' AND withdrawal_requested_at > ${notBefore}
    RETURNING ${memberColumns(sql)}`;
  return row ?? null;
}

/** Clears everything that identifies the member; the row stays so other databases' ids resolve. */
async function anonymise(tx: SqlOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx<{ key: string | null }[]>`
    WITH old AS (SELECT id, profile_image_key FROM members WHERE id = ANY(${ids}::uuid[]))
    UPDATE members m SET
      status = 'withdrawn', withdrawn_at = now(), email = NULL, password_hash = NULL, kakao_id = NULL,
      nickname = NULL, secondary_email = NULL, profile_image_key = NULL, withdrawal_requested_at = NULL,
      updated_at = now()
    FROM old WHERE m.id = old.id
    RETURNING old.profile_image_key AS key`;
  return rows.map((row) => row.key).filter((key): key is string => key !== null);
}

export interface PurgeOutcome {
  purged: number;
  /** Profile images the purged members had, for the caller to delete from storage. */
  imageKeys: string[];
}

/**
 * Anonymises every member whose withdrawal was requested before `cutoff`. `forgetElsewhere` runs
 * before the purge commits (e.g. deleting their wardrobes in recom_db): if it fails, nobody is
 * purged and the next run tries again.
 */
export async function purgeWithdrawals(
  sql: Sql,
  cutoff: Date,
  forgetElsewhere?: (memberIds: string[]) => Promise<unknown>,
): Promise<PurgeOutcome> {
  return sql.begin(async (tx) => {
    // SKIP LOCKED: two replicas purging at once split the work instead of waiting on each other.
    const due = await tx<{ id: string }[]>`
      SELECT id FROM members
      WHERE status = 'withdrawal_requested' AND withdrawal_requested_at <= ${cutoff}
      FOR UPDATE SKIP LOCKED`;
    if (due.length > 0) await forgetElsewhere?.(due.map((row) => row.id));
    const imageKeys = await anonymise(
      tx,
      due.map((row) => row.id),
    );
    return { purged: due.length, imageKeys };
  });
}

export interface StatusChange {
  member: MemberRecord;
  imageKeys: string[];
}

/**
 * An admin's status change. `withdrawn` purges at once; `withdrawal_requested` starts the
 * recovery period now; any other status ends a pending withdrawal. A purged member cannot change.
 */
export async function changeMemberStatus(
  sql: Sql,
  id: string,
  status: MemberStatus,
  at: Date,
): Promise<StatusChange | 'missing' | 'withdrawn'> {
  return sql.begin(async (tx) => {
    const [current] = await tx<{ status: MemberStatus }[]>`SELECT status FROM members WHERE id = ${id} FOR UPDATE`;
    if (!current) return 'missing';
    if (current.status === 'withdrawn') return 'withdrawn';
    let imageKeys: string[] = [];
    if (status === 'withdrawn') {
      imageKeys = await anonymise(tx, [id]);
    } else {
      const requestedAt = status === 'withdrawal_requested' ? at : null;
      await tx`
        UPDATE members SET status = ${status}, withdrawal_requested_at = ${requestedAt}, updated_at = now()
        WHERE id = ${id}`;
    }
    const [member] = await tx<MemberRecord[]>`SELECT ${memberColumns(tx)} FROM members WHERE id = ${id}`;
    return { member: member as MemberRecord, imageKeys };
  });
}

export interface MemberListQuery {
  q?: string;
  status?: MemberStatus;
  limit: number;
  cursor: number;
}

export async function listMembers(
  sql: Sql,
  query: MemberListQuery,
): Promise<{ items: MemberRecord[]; total: number; nextCursor: number | null }> {
  const conditions: postgres.PendingQuery<postgres.Row[]>[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q.toLowerCase());
    conditions.push(sql`(email LIKE ${pattern} OR lower(nickname) LIKE ${pattern} OR id::text = ${query.q})`);
  }
  if (query.status) conditions.push(sql`status = ${query.status}`);
  const where = conditions.reduce((all, condition) => sql`${all} AND ${condition}`, sql`TRUE`);
  const [counted] = await sql<{ total: number }[]>`SELECT count(*)::int AS total FROM members WHERE ${where}`;
  const items = await sql<MemberRecord[]>`
    SELECT ${memberColumns(sql)} FROM members WHERE ${where}
    ORDER BY created_at DESC, id
    LIMIT ${query.limit} OFFSET ${query.cursor}`;
  const total = counted?.total ?? 0;
  const next = query.cursor + items.length;
  return { items, total, nextCursor: next < total ? next : null };
}
