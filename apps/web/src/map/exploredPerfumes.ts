import { SCENT_TYPE_EXPLORED_MAX } from '@scentence/api/schemas';

/** Per tab, like the visit itself: what was explored on the map feeds the scent type card. */
const STORAGE_KEY = 'scentence.map.explored';

/** The list with `id` moved to its end (most recent last), at most the number a card reads. */
export function withExplored(explored: readonly number[], id: number): number[] {
  const next = explored.filter((other) => other !== id);
  next.push(id);
  return next.slice(-SCENT_TYPE_EXPLORED_MAX);
}

/** The ids kept in this tab's sessionStorage; none when it is empty, unreadable or not a list of ids. */
export function readExplored(storage: Pick<Storage, 'getItem'> | undefined): number[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((id): id is number => Number.isInteger(id) && id > 0).slice(-SCENT_TYPE_EXPLORED_MAX);
  } catch {
    return [];
  }
}

export function writeExplored(storage: Pick<Storage, 'setItem'> | undefined, explored: readonly number[]): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(explored));
  } catch {
    // Storage full or blocked (private mode): the card is then made from this page's visit alone.
  }
}
