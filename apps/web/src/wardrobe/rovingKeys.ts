import { moveActive } from '../search/comboboxNavigation';

/** The arrow keys that move along a list of items: down and up for a menu, right and left for tabs. */
export interface RovingArrows {
  next: string;
  previous: string;
}

export const MENU_ARROWS: RovingArrows = { next: 'ArrowDown', previous: 'ArrowUp' };
export const TAB_ARROWS: RovingArrows = { next: 'ArrowRight', previous: 'ArrowLeft' };

/**
 * The item a key moves to among `count` (the arrows wrap, Home and End go to the ends), or
 * undefined for a key that does not move.
 */
export function rovingTarget(key: string, current: number, count: number, arrows: RovingArrows): number | undefined {
  switch (key) {
    case arrows.next:
      return moveActive(current, count, 1);
    case arrows.previous:
      return moveActive(current, count, -1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
