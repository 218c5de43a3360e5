import type { Sql } from '../connections';

/** A refresh token to store: only its hash, never the token. */
export interface NewRefreshToken {
  tokenHash: string;
  memberId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** What presenting a refresh token came to. */
export type RefreshRotation =
  /** Retired; its successor (same family) is stored. */
  | { outcome: 'rotated'; memberId: string; familyId: string }
  /** Retired before: someone replayed it, so its whole family is revoked now. */
  | { outcome: 'reused'; memberId: string }
  | { outcome: 'unknown' | 'expired' | 'revoked' };

interface StoredToken {
  id: string;
  familyId: string;
  memberId: string;
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/** Stores the first token of a new family (a sign-in). */
export async function insertRefreshToken(sql: Sql, token: NewRefreshToken): Promise<void> {
  await sql`
    INSERT INTO refresh_tokens (token_hash, member_id, issued_at, expires_at)
    VALUES (${token.tokenHash}, ${token.memberId}, ${token.issuedAt}, ${token.expiresAt})`;
}

/**
 * Exchanges a presented token for its successor, atomically: the row lock makes two requests
 * with the same token take turns, so the second one is seen as a replay.
 */
export async function rotateRefreshToken(
  sql: Sql,
  presentedHash: string,
  successor: Omit<NewRefreshToken, 'memberId'>,
): Promise<RefreshRotation> {
  const now = successor.issuedAt;
  return sql.begin(async (tx): Promise<RefreshRotation> => {
    const [current] = await tx<StoredToken[]>`
      SELECT id::text AS id, family_id AS "familyId", member_id AS "memberId", expires_at AS "expiresAt",
             rotated_at AS "rotatedAt", revoked_at AS "revokedAt"
      FROM refresh_tokens WHERE token_hash = ${presentedHash}
      FOR UPDATE`;
    if (!current) return { outcome: 'unknown' };
    if (current.revokedAt) return { outcome: 'revoked' };
    if (current.rotatedAt) {
      await tx`
        UPDATE refresh_tokens SET revoked_at = ${now}
        WHERE family_id = ${current.familyId} AND revoked_at IS NULL`;
      return { outcome: 'reused', memberId: current.memberId };
    }
    if (current.expiresAt <= now) return { outcome: 'expired' };
    await tx`UPDATE refresh_tokens SET rotated_at = ${now} WHERE id = ${current.id}`;
    await tx`
      INSERT INTO refresh_tokens (token_hash, family_id, member_id, issued_at, expires_at)
      VALUES (${successor.tokenHash}, ${current.familyId}, ${current.memberId}, ${now}, ${successor.expiresAt})`;
    return { outcome: 'rotated', memberId: current.memberId, familyId: current.familyId };
  });
}

/** Revokes the family of a presented token (signing out one device); false for an unknown token. */
export async function revokeRefreshTokenFamily(sql: Sql, tokenHash: string, at: Date): Promise<boolean> {
  const rows = await sql`
    UPDATE refresh_tokens SET revoked_at = ${at}
    WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = ${tokenHash})
      AND revoked_at IS NULL`;
  return rows.count > 0;
}

/** Revokes the family a rotation started from (by family id): a refresh that must not stand. */
export async function revokeRefreshFamilyById(sql: Sql, familyId: string, at: Date): Promise<void> {
  await sql`UPDATE refresh_tokens SET revoked_at = ${at} WHERE family_id = ${familyId} AND revoked_at IS NULL`;
}

/** Revokes every refresh token of a member (a new password, a withdrawal). */
export async function revokeMemberRefreshTokens(sql: Sql, memberId: string, at: Date): Promise<number> {
  const rows = await sql`
    UPDATE refresh_tokens SET revoked_at = ${at} WHERE member_id = ${memberId} AND revoked_at IS NULL`;
  return rows.count;
}

/** Drops tokens that expired before `before`: presenting one then reads as unknown, still a 401. */
export async function pruneRefreshTokens(sql: Sql, before: Date): Promise<number> {
  const rows = await sql`DELETE FROM refresh_tokens WHERE expires_at < ${before}`;
  return rows.count;
}
