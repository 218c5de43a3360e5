import { ACCORD_KEYS, type AccordKey } from '@scentence/api/vocabulary';

/** A perfume id from the address, or null when it cannot be one (the page is then a 404). */
export function perfumeIdOf(segment: string): number | null {
  if (!/^\d{1,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id > 0 ? id : null;
}

export function accordKeyOf(segment: string): AccordKey | null {
  return ACCORD_KEYS.find((key) => key === segment) ?? null;
}

/**
 * `?from=40` on a note or accord page: where the list starts when "more" is followed without
 * JavaScript (with it, the page appends instead). Anything else starts at the beginning.
 */
export function listStartOf(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,6}$/.test(text)) return 0;
  return Number(text);
}

/** Perfumes per page on the note and accord pages. */
export const CATALOG_PAGE_SIZE = 20;
