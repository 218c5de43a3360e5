import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movePerfumeReferences } from '../src/repositories/perfumeReferenceMoves';
import { createTestDatabases, type TestDatabases } from '../src/testing/testDatabases';

let databases: TestDatabases;
const sql = () => databases.get('recom');

beforeAll(async () => {
  databases = await createTestDatabases(['recom']);
}, 120_000);
afterAll(() => databases?.close());

const KEPT = 10;
const REMOVED = 11;
const OTHER = 20;

async function entry(memberId: string, perfumeId: number, memo: string) {
  await sql()`INSERT INTO wardrobe_entries (member_id, perfume_id, state, rating, memo)
    VALUES (${memberId}, ${perfumeId}, 'have', 8.5, ${memo})`;
}

async function vote(memberId: string, a: number, b: number, value: 1 | -1) {
  await sql()`INSERT INTO layering_votes (member_id, perfume_low, perfume_high, vote)
    VALUES (${memberId}, ${Math.min(a, b)}, ${Math.max(a, b)}, ${value})`;
}

describe('after a brand merge removes a perfume', () => {
  const onlyRemoved = randomUUID();
  const both = randomUUID();

  it("moves members' wardrobe entries and layering votes to the kept perfume", async () => {
    await entry(onlyRemoved, REMOVED, 'my signature');
    await entry(both, KEPT, 'kept one');
    await entry(both, REMOVED, 'removed one');
    await vote(onlyRemoved, REMOVED, OTHER, 1);
    await vote(both, KEPT, OTHER, -1);
    await vote(both, REMOVED, OTHER, 1);
    await vote(both, REMOVED, KEPT, 1);

    const moved = await movePerfumeReferences(sql(), [{ from: REMOVED, to: KEPT }]);
    expect(moved).toEqual({ wardrobeEntries: 1, wardrobeDuplicates: 1, layeringVotes: 1 });

    const entries = await sql()<{ member_id: string; perfume_id: number; memo: string; rating: string }[]>`
      SELECT member_id, perfume_id, memo, rating::text FROM wardrobe_entries ORDER BY memo`;
    expect(entries).toEqual([
      { member_id: both, perfume_id: KEPT, memo: 'kept one', rating: '8.5' },
      { member_id: onlyRemoved, perfume_id: KEPT, memo: 'my signature', rating: '8.5' },
    ]);
    const votes = await sql()<{ member_id: string; perfume_low: number; perfume_high: number; vote: number }[]>`
      SELECT member_id, perfume_low, perfume_high, vote FROM layering_votes ORDER BY vote`;
    // The member's own vote on the kept pair stays; a vote on the two merged perfumes has no pair left.
    expect(votes).toEqual([
      { member_id: both, perfume_low: KEPT, perfume_high: OTHER, vote: -1 },
      { member_id: onlyRemoved, perfume_low: KEPT, perfume_high: OTHER, vote: 1 },
    ]);
  });

  it('follows a perfume folded twice to where it ends up', async () => {
    const member = randomUUID();
    await entry(member, 30, 'twice');
    await movePerfumeReferences(sql(), [
      { from: 30, to: 31 },
      { from: 31, to: 32 },
    ]);
    const [row] = await sql()<{ perfume_id: number }[]>`
      SELECT perfume_id FROM wardrobe_entries WHERE member_id = ${member}`;
    expect(row?.perfume_id).toBe(32);
  });
});
