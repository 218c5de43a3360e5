import type { UserMode } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import { type MemberRecord, memberColumns, withConflicts } from './memberRecords';

export interface ProfileChanges {
  nickname?: string;
  userMode?: UserMode;
  /** null clears it; undefined leaves it. */
  secondaryEmail?: string | null;
}

export async function updateProfile(sql: Sql, id: string, changes: ProfileChanges): Promise<MemberRecord | null> {
  return withConflicts(async () => {
    const [row] = await sql<MemberRecord[]>`
      UPDATE members SET
        nickname = COALESCE(${changes.nickname ?? null}, nickname),
        user_mode = COALESCE(${changes.userMode ?? null}, user_mode),
        secondary_email = CASE WHEN ${changes.secondaryEmail !== undefined} THEN ${changes.secondaryEmail ?? null}
                               ELSE secondary_email END,
        updated_at = now()
      WHERE id = ${id}
      RETURNING ${memberColumns(sql)}`;
    return row ?? null;
  });
}

export interface ImageSwap {
  member: MemberRecord;
  /** The key that was replaced, for the caller to delete now that the new one is in place. */
  previousKey: string | null;
}

/** Points the member at a new image (or none) in one statement, returning the key it replaced. */
export async function swapProfileImage(sql: Sql, id: string, key: string | null): Promise<ImageSwap | null> {
  return sql.begin(async (tx) => {
    const [current] = await tx<{ key: string | null }[]>`
      SELECT profile_image_key AS key FROM members WHERE id = ${id} FOR UPDATE`;
    if (!current) return null;
    const [row] = await tx<MemberRecord[]>`
      UPDATE members SET profile_image_key = ${key}, updated_at = now()
      WHERE id = ${id}
      RETURNING ${memberColumns(tx)}`;
    return { member: row as MemberRecord, previousKey: current.key };
  });
}
