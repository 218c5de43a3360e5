import type { MemberRole } from '@scentence/api/auth';
import type { MemberStatus, UserMode } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';

/** A members row as the services see it (the password hash never leaves the backend). */
export interface MemberRecord {
  id: string;
  email: string | null;
  passwordHash: string | null;
  kakaoId: string | null;
  nickname: string | null;
  userMode: UserMode;
  secondaryEmail: string | null;
  profileImageKey: string | null;
  role: MemberRole;
  status: MemberStatus;
  withdrawalRequestedAt: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses that may sign in and use member procedures. */
export const ACTIVE_MEMBER_STATUSES: readonly MemberStatus[] = ['normal', 'dormant'];

export type SqlOrTx = Sql | postgres.TransactionSql;

export const memberColumns = (sql: SqlOrTx) => sql`
  id, email, password_hash AS "passwordHash", kakao_id AS "kakaoId", nickname, user_mode AS "userMode",
  secondary_email AS "secondaryEmail", profile_image_key AS "profileImageKey", role, status,
  withdrawal_requested_at AS "withdrawalRequestedAt", last_login_at AS "lastLoginAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Which unique field a PostgreSQL unique violation was about, or null for any other error. */
export function uniqueViolationOf(error: unknown): 'email' | 'nickname' | 'kakaoId' | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint_name: constraint } = error as { code?: string; constraint_name?: string };
  if (code !== '23505') return null;
  if (constraint === 'members_email_key') return 'email';
  if (constraint === 'members_nickname_key') return 'nickname';
  if (constraint === 'members_kakao_id_key') return 'kakaoId';
  return null;
}

/** Thrown by writes that would take an email, nickname or Kakao id another member holds. */
export class MemberConflictError extends Error {
  constructor(readonly field: 'email' | 'nickname' | 'kakaoId') {
    super(`Another member already has this ${field}`);
    this.name = 'MemberConflictError';
  }
}

/** Runs a write and turns a unique violation into a MemberConflictError naming the field. */
export async function withConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const field = uniqueViolationOf(error);
    if (field) throw new MemberConflictError(field);
    throw error;
  }
}
