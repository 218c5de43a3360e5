import type { MemberRole } from '@scentence/api/auth';
import type { UserMode } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import { type MemberRecord, memberColumns, withConflicts } from './memberRecords';

export interface NewMember {
  email: string | null;
  passwordHash: string | null;
  kakaoId: string | null;
  nickname: string;
  userMode: UserMode;
  role: MemberRole;
}

export async function createMember(sql: Sql, member: NewMember): Promise<MemberRecord> {
  return withConflicts(async () => {
    const [row] = await sql<MemberRecord[]>`
      INSERT INTO members (email, password_hash, kakao_id, nickname, user_mode, role)
      VALUES (${member.email}, ${member.passwordHash}, ${member.kakaoId}, ${member.nickname}, ${member.userMode},
              ${member.role})
      RETURNING ${memberColumns(sql)}`;
    return row as MemberRecord;
  });
}

export async function findMemberById(sql: Sql, id: string): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`SELECT ${memberColumns(sql)} FROM members WHERE id = ${id}`;
  return row ?? null;
}

export async function findMemberByEmail(sql: Sql, email: string): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`SELECT ${memberColumns(sql)} FROM members WHERE email = ${email}`;
  return row ?? null;
}

export async function findMemberByKakaoId(sql: Sql, kakaoId: string): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`SELECT ${memberColumns(sql)} FROM members WHERE kakao_id = ${kakaoId}`;
  return row ?? null;
}

/** Taken means held by any member that is not purged, including one who may still recover. */
export async function isEmailTaken(sql: Sql, email: string): Promise<boolean> {
  const [row] = await sql<{ taken: boolean }[]>`SELECT EXISTS (SELECT 1 FROM members WHERE email = ${email}) AS taken`;
  return row?.taken ?? false;
}

export async function isNicknameTaken(sql: Sql, nickname: string, exceptMemberId?: string): Promise<boolean> {
  const [row] = await sql<{ taken: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM members
      WHERE lower(nickname) = lower(${nickname}) AND (${exceptMemberId ?? null}::uuid IS NULL OR id <> ${exceptMemberId ?? null}::uuid)
    ) AS taken`;
  return row?.taken ?? false;
}

/**
 * A successful sign-in: stamps the time, wakes a dormant account and grants admin when the
 * email is on ADMIN_EMAILS (never revokes it: admins may be made by other means).
 */
export async function recordSignIn(sql: Sql, id: string, grantAdmin: boolean): Promise<MemberRecord | null> {
  const [row] = await sql<MemberRecord[]>`
    UPDATE members SET
      last_login_at = now(),
      status = CASE WHEN status = 'dormant' THEN 'normal' ELSE status END,
      role = CASE WHEN ${grantAdmin} THEN 'admin' ELSE role END,
      updated_at = now()
    WHERE id = ${id}
    RETURNING ${memberColumns(sql)}`;
  return row ?? null;
}

/** Links a Kakao account to a member that has none yet; null when the member is gone or linked. */
export async function linkKakaoAccount(sql: Sql, id: string, kakaoId: string): Promise<MemberRecord | null> {
  return withConflicts(async () => {
    const [row] = await sql<MemberRecord[]>`
      UPDATE members SET kakao_id = ${kakaoId}, updated_at = now()
      WHERE id = ${id} AND kakao_id IS NULL AND status <> 'withdrawn'
      RETURNING ${memberColumns(sql)}`;
    return row ?? null;
  });
}

export async function setPasswordHash(sql: Sql, id: string, passwordHash: string): Promise<boolean> {
  const rows = await sql`UPDATE members SET password_hash = ${passwordHash}, updated_at = now() WHERE id = ${id}`;
  return rows.count > 0;
}
