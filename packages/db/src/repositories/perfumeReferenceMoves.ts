import type { Sql } from '../connections';

/** A perfume row folded into another (a brand merge's collision): what pointed at `from` now points at `to`. */
export interface PerfumeMove {
  from: number;
  to: number;
}

export interface MovedReferences {
  /** Wardrobe entries now on the kept perfume. */
  wardrobeEntries: number;
  /** Entries dropped because the member already had the kept perfume (theirs stays as it was). */
  wardrobeDuplicates: number;
  /** Layering votes now on the pair with the kept perfume. */
  layeringVotes: number;
}

/** Where a perfume ends up when the one it was folded into was folded again (several rows of one house). */
function finalTarget(moves: readonly PerfumeMove[], id: number): number {
  const seen = new Set<number>();
  let target = id;
  for (let next = moves.find((move) => move.from === target); next && !seen.has(target); ) {
    seen.add(target);
    target = next.to;
    next = moves.find((move) => move.from === target);
  }
  return target;
}

/**
 * Moves members' wardrobe entries and layering votes (recom_db) from perfumes a brand merge
 * removed to the ones it kept, in one transaction: perfume ids cross databases without foreign
 * keys, so nothing else would, and the wardrobe hides entries whose perfume left the catalog.
 */
export async function movePerfumeReferences(sql: Sql, moves: readonly PerfumeMove[]): Promise<MovedReferences> {
  if (moves.length === 0) return { wardrobeEntries: 0, wardrobeDuplicates: 0, layeringVotes: 0 };
  const from = moves.map((move) => move.from);
  const to = moves.map((move) => finalTarget(moves, move.to));
  return sql.begin(async (tx) => {
    const moved = await tx`
      INSERT INTO wardrobe_entries
        (member_id, perfume_id, state, preference, rating, memo, source, added_at, updated_at)
      SELECT w.member_id, m.to_id, w.state, w.preference, w.rating, w.memo, w.source, w.added_at, w.updated_at
      FROM wardrobe_entries w JOIN unnest(${from}::int[], ${to}::int[]) AS m(from_id, to_id) ON w.perfume_id = m.from_id
      ON CONFLICT (member_id, perfume_id) DO NOTHING`;
    const removed = await tx`DELETE FROM wardrobe_entries WHERE perfume_id = ANY(${from}::int[])`;
    const votes = await tx`
      WITH moved AS (
        DELETE FROM layering_votes v WHERE v.perfume_low = ANY(${from}::int[]) OR v.perfume_high = ANY(${from}::int[])
        RETURNING v.member_id, v.vote, v.voted_at,
          coalesce((SELECT m.to_id FROM unnest(${from}::int[], ${to}::int[]) AS m(from_id, to_id)
            WHERE m.from_id = v.perfume_low), v.perfume_low) AS a,
          coalesce((SELECT m.to_id FROM unnest(${from}::int[], ${to}::int[]) AS m(from_id, to_id)
            WHERE m.from_id = v.perfume_high), v.perfume_high) AS b
      )
      INSERT INTO layering_votes (member_id, perfume_low, perfume_high, vote, voted_at)
      SELECT member_id, least(a, b), greatest(a, b), vote, voted_at FROM moved WHERE a <> b
      ON CONFLICT (member_id, perfume_low, perfume_high) DO NOTHING`;
    return {
      wardrobeEntries: moved.count,
      wardrobeDuplicates: removed.count - moved.count,
      layeringVotes: votes.count,
    };
  });
}
