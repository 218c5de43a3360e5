import { seededRandom } from '@scentence/domain/random';

/** A number in [0, 1) fixed by an id alone (a perfume's own small offset, whatever the order). */
export function hashUnit(id: number, salt: number): number {
  return seededRandom(Math.imul(id, 0x9e3779b1) ^ salt)();
}
