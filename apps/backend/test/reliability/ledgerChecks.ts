import type postgres from 'postgres';
import { IMPORT_SIZE, type MoveAttempt, type WriteLedger } from './faultWriters';

/** What the rows say about the writes: counts, and every write found missing or half-written. */
export interface LedgerReport {
  acknowledged: { signUps: number; moves: number; chats: number; imports: number };
  missing: string[];
  halfWritten: string[];
}

const ackedCount = (attempts: readonly { acked: boolean }[]) => attempts.filter((attempt) => attempt.acked).length;

async function checkSignUps(member: postgres.Sql, ledger: WriteLedger, report: LedgerReport) {
  const emails = ledger.signUps.map((attempt) => attempt.email);
  const rows = await member<{ email: string; nickname: string; hasPassword: boolean }[]>`
    SELECT email, nickname, password_hash IS NOT NULL AND password_hash <> '' AS "hasPassword"
    FROM members WHERE email = ANY(${emails})`;
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  for (const attempt of ledger.signUps) {
    const row = byEmail.get(attempt.email);
    if (attempt.acked && !row) report.missing.push(`sign-up ${attempt.email}`);
    if (row && (!row.hasPassword || row.nickname !== attempt.nickname)) {
      report.halfWritten.push(`member ${attempt.email} without its password or nickname`);
    }
  }
}

/**
 * A perfume's shelf must be the last acknowledged one, or one a later unacknowledged write asked
 * for (it may have committed before the connection dropped).
 */
async function checkMoves(recom: postgres.Sql, ledger: WriteLedger, report: LedgerReport) {
  const sequences = new Map<string, MoveAttempt[]>();
  for (const attempt of ledger.moves) {
    const key = `${attempt.memberId}/${attempt.perfumeId}`;
    sequences.set(key, [...(sequences.get(key) ?? []), attempt]);
  }
  const members = [...new Set(ledger.moves.map((attempt) => attempt.memberId))];
  const rows = await recom<{ memberId: string; perfumeId: number; state: string }[]>`
    SELECT member_id::text AS "memberId", perfume_id AS "perfumeId", state FROM wardrobe_entries
    WHERE member_id = ANY(${members}::uuid[])`;
  const states = new Map(rows.map((row) => [`${row.memberId}/${row.perfumeId}`, row.state]));
  for (const [key, attempts] of sequences) {
    const lastAcked = attempts.findLastIndex((attempt) => attempt.acked);
    const allowed = new Set(attempts.slice(Math.max(lastAcked, 0)).map((attempt) => attempt.state));
    const state = states.get(key);
    if (state === undefined) {
      if (lastAcked >= 0) report.missing.push(`wardrobe entry ${key}`);
    } else if (!allowed.has(state as MoveAttempt['state'])) {
      report.missing.push(`wardrobe move ${key}: on ${state}, expected one of ${[...allowed].join('/')}`);
    }
  }
}

async function checkChats(recom: postgres.Sql, ledger: WriteLedger, report: LedgerReport) {
  for (const attempt of ledger.chats.filter((chat) => chat.acked)) {
    const rows = await recom<{ seq: number; role: string }[]>`
      SELECT seq, role FROM chat_messages WHERE thread_id = ${attempt.threadId ?? null}::uuid ORDER BY seq`;
    const roles = new Map(rows.map((row) => [row.seq, row.role]));
    if (roles.get(attempt.messageSeq ?? -1) !== 'user' || roles.get(attempt.answerSeq ?? -1) !== 'assistant') {
      report.missing.push(`chat turn in thread ${attempt.threadId}`);
    }
  }
  // Every thread, acknowledged or not: its count matches its messages, and each message has its answer.
  const threads = await recom<{ id: string; count: number; roles: string[] }[]>`
    SELECT t.id::text, t.message_count AS count,
      coalesce(array_agg(m.role ORDER BY m.seq) FILTER (WHERE m.seq IS NOT NULL), '{}') AS roles
    FROM chat_threads t LEFT JOIN chat_messages m ON m.thread_id = t.id GROUP BY t.id`;
  for (const thread of threads) {
    const paired = thread.roles.every((role, index) => role === (index % 2 === 0 ? 'user' : 'assistant'));
    if (thread.count !== thread.roles.length || thread.roles.length % 2 !== 0 || !paired) {
      report.halfWritten.push(`chat thread ${thread.id}: ${thread.count} counted, roles ${thread.roles.join(',')}`);
    }
  }
}

async function checkImports(recom: postgres.Sql, ledger: WriteLedger, report: LedgerReport) {
  const members = ledger.imports.map((attempt) => attempt.memberId);
  const rows = await recom<{ memberId: string; entries: number }[]>`
    SELECT member_id::text AS "memberId", count(*)::int AS entries FROM wardrobe_entries
    WHERE member_id = ANY(${members}::uuid[]) GROUP BY member_id`;
  const entries = new Map(rows.map((row) => [row.memberId, row.entries]));
  for (const attempt of ledger.imports) {
    const found = entries.get(attempt.memberId) ?? 0;
    if (found !== 0 && found !== IMPORT_SIZE) {
      report.halfWritten.push(`import ${attempt.memberId}: ${found} of ${IMPORT_SIZE}`);
    }
    if (attempt.acked && found !== IMPORT_SIZE) report.missing.push(`import ${attempt.memberId}`);
  }
}

/** Counts the rows against the writes the clients saw acknowledged. */
export async function checkLedger(
  databases: { member: postgres.Sql; recom: postgres.Sql },
  ledger: WriteLedger,
): Promise<LedgerReport> {
  const report: LedgerReport = {
    acknowledged: {
      signUps: ackedCount(ledger.signUps),
      moves: ackedCount(ledger.moves),
      chats: ackedCount(ledger.chats),
      imports: ackedCount(ledger.imports),
    },
    missing: [],
    halfWritten: [],
  };
  await checkSignUps(databases.member, ledger, report);
  await checkMoves(databases.recom, ledger, report);
  await checkChats(databases.recom, ledger, report);
  await checkImports(databases.recom, ledger, report);
  return report;
}
