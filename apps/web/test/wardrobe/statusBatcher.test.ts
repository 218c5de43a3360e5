import { describe, expect, it } from 'vitest';
import { createStatusBatcher, type WardrobeStatusItem } from '../../src/wardrobe/statusBatcher';

function fakeStatus(inWardrobe: WardrobeStatusItem[]) {
  const calls: number[][] = [];
  const fetchStatus = async (ids: number[]) => {
    calls.push(ids);
    return inWardrobe.filter((item) => ids.includes(item.perfumeId));
  };
  return { calls, fetchStatus };
}

const HAVE_1: WardrobeStatusItem = { perfumeId: 1, state: 'have', preference: 'good' };
const WISH_3: WardrobeStatusItem = { perfumeId: 3, state: 'wish', preference: 'neutral' };

describe('the wardrobe state of a grid of cards', () => {
  it('asks once for every card that asks at the same moment, and answers each with its own entry', async () => {
    const { calls, fetchStatus } = fakeStatus([HAVE_1, WISH_3]);
    const batcher = createStatusBatcher(fetchStatus);
    const answers = await Promise.all([1, 2, 3, 1].map((id) => batcher.load(id)));
    expect(calls).toEqual([[1, 2, 3]]);
    expect(answers).toEqual([HAVE_1, null, WISH_3, HAVE_1]);
  });

  it('splits a grid larger than one call takes', async () => {
    const { calls, fetchStatus } = fakeStatus([HAVE_1]);
    const batcher = createStatusBatcher(fetchStatus, 2);
    await Promise.all([1, 2, 3, 4, 5].map((id) => batcher.load(id)));
    expect(calls).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('asks again for cards that come later', async () => {
    const { calls, fetchStatus } = fakeStatus([HAVE_1]);
    const batcher = createStatusBatcher(fetchStatus);
    await batcher.load(1);
    await batcher.load(2);
    expect(calls).toEqual([[1], [2]]);
  });

  it('tells every waiting card when the call fails', async () => {
    const batcher = createStatusBatcher(async () => {
      throw new Error('unavailable');
    });
    const results = await Promise.allSettled([batcher.load(1), batcher.load(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
