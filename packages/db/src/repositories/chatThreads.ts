import type postgres from 'postgres';
import type { Sql } from '../connections';
import { deleteMemberOwnedRow } from './memberOwnedRows';

type SqlOrTx = Sql | postgres.TransactionSql;

/** Who a thread belongs to: a member, or a guest until the thread expires. */
export type ChatOwner = { memberId: string } | { guestId: string };

/** A chat_threads row as the services see it; `understood` and `dialogue` are the services' JSON. */
export interface ChatThreadRecord {
  id: string;
  memberId: string | null;
  guestId: string | null;
  title: string;
  understood: unknown;
  dialogue: unknown;
  recommended: number[];
  messageCount: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date | null;
}

export interface ChatMessageRecord {
  seq: number;
  role: 'user' | 'assistant';
  /** The services' JSON for the message. */
  body: unknown;
  createdAt: Date;
}

/** One exchange to store: the person's message, the answer, and the thread's state after it. */
export interface ChatTurn {
  messages: { role: 'user' | 'assistant'; body: unknown }[];
  understood: unknown;
  dialogue: unknown;
  /** Perfumes recommended by this turn, appended to the thread's list. */
  recommended: readonly number[];
  /** Given to a thread that has no title yet. */
  title: string;
}

/** Where the turn goes: a new thread (with its owner), or an existing one at the count its state was read at. */
export type ChatTurnTarget =
  | { create: true; id: string; owner: ChatOwner; expiresAt: Date | null }
  | { create: false; id: string; expectedCount: number };

const threadColumns = (sql: SqlOrTx) => sql`
  id, member_id AS "memberId", guest_id AS "guestId", title, understood, dialogue, recommended,
  message_count AS "messageCount", created_at AS "createdAt", updated_at AS "updatedAt", expires_at AS "expiresAt"`;

/** The owner's condition: a member's thread, or a guest's that has not expired at `now`. */
function ownedBy(sql: SqlOrTx, owner: ChatOwner, now: Date) {
  return 'memberId' in owner
    ? sql`member_id = ${owner.memberId}`
    : sql`guest_id = ${owner.guestId} AND expires_at > ${now}`;
}

export async function findChatThread(
  sql: Sql,
  owner: ChatOwner,
  id: string,
  now: Date,
): Promise<ChatThreadRecord | null> {
  const [row] = await sql<ChatThreadRecord[]>`
    SELECT ${threadColumns(sql)} FROM chat_threads WHERE id = ${id} AND ${ownedBy(sql, owner, now)}`;
  return row ?? null;
}

/** A member's threads, most recently active first. */
export async function listChatThreads(
  sql: Sql,
  memberId: string,
  limit: number,
  offset: number,
): Promise<{ items: ChatThreadRecord[]; total: number }> {
  const [items, [count]] = await Promise.all([
    sql<ChatThreadRecord[]>`
      SELECT ${threadColumns(sql)} FROM chat_threads WHERE member_id = ${memberId}
      ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
    sql<{ total: number }[]>`SELECT count(*)::int AS total FROM chat_threads WHERE member_id = ${memberId}`,
  ]);
  return { items, total: count?.total ?? 0 };
}

export async function chatMessagesOf(sql: Sql, threadId: string): Promise<ChatMessageRecord[]> {
  return sql<ChatMessageRecord[]>`
    SELECT seq, role, body, created_at AS "createdAt" FROM chat_messages WHERE thread_id = ${threadId} ORDER BY seq`;
}

export async function renameChatThread(
  sql: Sql,
  memberId: string,
  id: string,
  title: string,
): Promise<ChatThreadRecord | null> {
  const [row] = await sql<ChatThreadRecord[]>`
    UPDATE chat_threads SET title = ${title}
    WHERE id = ${id} AND member_id = ${memberId} RETURNING ${threadColumns(sql)}`;
  return row ?? null;
}

/** Deletes a member's thread with its messages; false when the member has no such thread. */
export async function deleteChatThread(sql: Sql, memberId: string, id: string): Promise<boolean> {
  return deleteMemberOwnedRow(sql, 'chat_threads', memberId, id);
}

/**
 * Stores one exchange: a new thread with its first messages, or the next messages of a thread
 * whose count is still the one its state was read at. Null when another answer in the same thread
 * got there first (the caller reads the thread again or tells the person to send again).
 */
export async function appendChatTurn(
  sql: Sql,
  target: ChatTurnTarget,
  turn: ChatTurn,
): Promise<{ thread: ChatThreadRecord; messages: ChatMessageRecord[] } | null> {
  return sql.begin(async (tx) => {
    // As JSON values: a string bound to a jsonb parameter would be stored as one JSON string.
    const understood = tx.json((turn.understood ?? null) as postgres.JSONValue);
    const dialogue = tx.json((turn.dialogue ?? {}) as postgres.JSONValue);
    const added = turn.messages.length;
    const [thread] = target.create
      ? await tx<ChatThreadRecord[]>`
          INSERT INTO chat_threads (id, member_id, guest_id, title, understood, dialogue, recommended, message_count, expires_at)
          VALUES (${target.id}, ${'memberId' in target.owner ? target.owner.memberId : null},
            ${'guestId' in target.owner ? target.owner.guestId : null}, ${turn.title}, ${understood},
            ${dialogue}, ${turn.recommended as number[]}::int[], ${added}, ${target.expiresAt})
          RETURNING ${threadColumns(tx)}`
      : await tx<ChatThreadRecord[]>`
          UPDATE chat_threads SET
            understood = ${understood}, dialogue = ${dialogue},
            recommended = recommended || ${turn.recommended as number[]}::int[],
            message_count = message_count + ${added},
            title = CASE WHEN title = '' THEN ${turn.title} ELSE title END,
            updated_at = now()
          WHERE id = ${target.id} AND message_count = ${target.expectedCount}
          RETURNING ${threadColumns(tx)}`;
    if (!thread) return null;
    const first = thread.messageCount - added + 1;
    const messages = await tx<ChatMessageRecord[]>`
      INSERT INTO chat_messages (thread_id, seq, role, body)
      SELECT ${thread.id}, seq, role, body::jsonb
      FROM unnest(${turn.messages.map((_, index) => first + index)}::int[],
        ${turn.messages.map((message) => message.role)}::text[],
        ${turn.messages.map((message) => JSON.stringify(message.body))}::text[]) AS m(seq, role, body)
      RETURNING seq, role, body, created_at AS "createdAt"`;
    return { thread, messages: messages.sort((a, b) => a.seq - b.seq) };
  });
}

/** A guest's threads that have not expired become the member's (after signing in). */
export async function adoptGuestChatThreads(sql: Sql, guestId: string, memberId: string, now: Date): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    UPDATE chat_threads SET member_id = ${memberId}, guest_id = NULL, expires_at = NULL
    WHERE guest_id = ${guestId} AND expires_at > ${now} RETURNING id`;
  return rows.map((row) => row.id);
}

/** Guests' threads past their time, with their messages. */
export async function deleteExpiredChatThreads(sql: Sql, now: Date): Promise<number> {
  const rows = await sql`DELETE FROM chat_threads WHERE expires_at <= ${now}`;
  return rows.count;
}

/** For the member purge: their threads go with them. */
export async function deleteChatThreadsOf(sql: Sql, memberIds: readonly string[]): Promise<number> {
  if (memberIds.length === 0) return 0;
  const rows = await sql`DELETE FROM chat_threads WHERE member_id = ANY(${memberIds as string[]}::uuid[])`;
  return rows.count;
}
