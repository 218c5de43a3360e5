import type { LayeringVote } from '@scentence/api/schemas';
import type { Sql } from '../connections';

export interface PairVotes {
  up: number;
  down: number;
  /** The asking member's vote; null when none or anonymous. */
  mine: LayeringVote | null;
}

/** A pair as stored: lower id first, so either order is one pair. */
export function pairKey(a: number, b: number): { low: number; high: number } {
  return a < b ? { low: a, high: b } : { low: b, high: a };
}

const NO_VOTES: PairVotes = { up: 0, down: 0, mine: null };
const toVote = (value: number | null): LayeringVote | null => (value === 1 ? 'up' : value === -1 ? 'down' : null);

/** A member's vote on a pair: a new one, or a change of the one they gave. */
export async function castLayeringVote(sql: Sql, memberId: string, a: number, b: number, vote: LayeringVote) {
  const { low, high } = pairKey(a, b);
  await sql`
    INSERT INTO layering_votes (member_id, perfume_low, perfume_high, vote)
    VALUES (${memberId}, ${low}, ${high}, ${vote === 'up' ? 1 : -1})
    ON CONFLICT (member_id, perfume_low, perfume_high)
    DO UPDATE SET vote = EXCLUDED.vote, voted_at = now()`;
}

/** Removes a member's vote on a pair; false when they had none. */
export async function removeLayeringVote(sql: Sql, memberId: string, a: number, b: number): Promise<boolean> {
  const { low, high } = pairKey(a, b);
  const rows = await sql`
    DELETE FROM layering_votes WHERE member_id = ${memberId} AND perfume_low = ${low} AND perfume_high = ${high}
    RETURNING 1`;
  return rows.length > 0;
}

/**
 * Counts of 👍 and 👎 of several pairs in one query, with the asking member's own vote, keyed by
 * `pairVotesKey(a, b)`; a pair nobody voted on is absent.
 */
export async function votesOfPairs(
  sql: Sql,
  pairs: readonly (readonly [number, number])[],
  memberId: string | null,
): Promise<Map<string, PairVotes>> {
  const keys = pairs.map(([a, b]) => pairKey(a, b));
  if (keys.length === 0) return new Map();
  const rows = await sql<{ low: number; high: number; up: number; down: number; mine: number | null }[]>`
    SELECT v.perfume_low AS low, v.perfume_high AS high,
      count(*) FILTER (WHERE v.vote = 1)::int AS up,
      count(*) FILTER (WHERE v.vote = -1)::int AS down,
      max(v.vote) FILTER (WHERE v.member_id = ${memberId}::uuid)::int AS mine
    FROM unnest(${keys.map((key) => key.low)}::int[], ${keys.map((key) => key.high)}::int[]) AS wanted(low, high)
    JOIN layering_votes v ON v.perfume_low = wanted.low AND v.perfume_high = wanted.high
    GROUP BY v.perfume_low, v.perfume_high`;
  return new Map(
    rows.map((row) => [pairVotesKey(row.low, row.high), { up: row.up, down: row.down, mine: toVote(row.mine) }]),
  );
}

export function pairVotesKey(a: number, b: number): string {
  const { low, high } = pairKey(a, b);
  return `${low}:${high}`;
}

/** Everything members' votes do with recom_db. Every write names the member from their token. */
export function createLayeringVoteRepository(sql: Sql) {
  return {
    cast: (memberId: string, a: number, b: number, vote: LayeringVote) => castLayeringVote(sql, memberId, a, b, vote),
    remove: (memberId: string, a: number, b: number) => removeLayeringVote(sql, memberId, a, b),
    ofPairs: (pairs: readonly (readonly [number, number])[], memberId: string | null) =>
      votesOfPairs(sql, pairs, memberId),
    async ofPair(a: number, b: number, memberId: string | null): Promise<PairVotes> {
      return (await votesOfPairs(sql, [[a, b]], memberId)).get(pairVotesKey(a, b)) ?? NO_VOTES;
    },
    /** For the member purge: a purged member's votes go with them. */
    deleteMembers: async (memberIds: readonly string[]) => {
      if (memberIds.length === 0) return 0;
      const rows = await sql`DELETE FROM layering_votes WHERE member_id = ANY(${[...memberIds]}::uuid[]) RETURNING 1`;
      return rows.length;
    },
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type LayeringVoteRepository = ReturnType<typeof createLayeringVoteRepository>;
