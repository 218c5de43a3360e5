import type { Sql } from '../connections';

/** Tables whose rows each belong to one member, with the column naming a row among that member's. */
const keyColumnOf = { chat_threads: 'id', wardrobe_entries: 'perfume_id' } as const;

/**
 * Deletes one of a member's rows for good. False when the member has no such row: another
 * member's row is left alone and counts as none, so a caller cannot tell it exists.
 */
export async function deleteMemberOwnedRow(
  sql: Sql,
  table: keyof typeof keyColumnOf,
  memberId: string,
  key: string | number,
): Promise<boolean> {
  const rows = await sql`
    DELETE FROM ${sql(table)} WHERE ${sql(keyColumnOf[table])} = ${key} AND member_id = ${memberId}`;
  return rows.count > 0;
}
