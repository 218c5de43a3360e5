import { SCENT_TYPE_EXPLORED_MAX } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { readExplored, withExplored, writeExplored } from '../../src/map/exploredPerfumes';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('the perfumes explored on the map', () => {
  it('keeps the most recent last, once each', () => {
    expect(withExplored(withExplored(withExplored([], 5), 9), 5)).toEqual([9, 5]);
  });

  it('keeps only as many as a scent type card reads', () => {
    let explored: number[] = [];
    for (let id = 1; id <= SCENT_TYPE_EXPLORED_MAX + 5; id++) explored = withExplored(explored, id);
    expect(explored).toHaveLength(SCENT_TYPE_EXPLORED_MAX);
    expect(explored[0]).toBe(6);
  });

  it('survives a reload of the tab through sessionStorage', () => {
    const storage = memoryStorage();
    writeExplored(storage, [3, 1, 4]);
    expect(readExplored(storage)).toEqual([3, 1, 4]);
  });

  it('reads nothing from an empty or tampered store', () => {
    const storage = memoryStorage();
    expect(readExplored(storage)).toEqual([]);
    storage.setItem('scentence.map.explored', '{"not":"a list"');
    expect(readExplored(storage)).toEqual([]);
    storage.setItem('scentence.map.explored', JSON.stringify([1, 'two', -3, 4.5, 6]));
    expect(readExplored(storage)).toEqual([1, 6]);
    expect(readExplored(undefined)).toEqual([]);
  });
});
