/** No option is active: Enter submits what was typed. */
export const NO_OPTION = -1;

/**
 * The option an arrow key moves to, wrapping at both ends; from no option, down goes to the
 * first and up to the last (the WAI-ARIA combobox pattern).
 */
export function moveActive(active: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return NO_OPTION;
  if (active < 0 || active >= count) return direction === 1 ? 0 : count - 1;
  return (active + direction + count) % count;
}
