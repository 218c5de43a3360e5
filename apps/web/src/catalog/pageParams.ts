import { PAGE_LIMIT_DEFAULT, perfumeIdParam } from '@scentence/api/schemas';
import { ACCORD_KEYS, type AccordKey } from '@scentence/api/vocabulary';

/** A perfume id from the address, or null when the API would refuse it (the page is then a 404). */
export function perfumeIdOf(segment: string): number | null {
  const id = perfumeIdParam.safeParse(segment);
  return id.success ? id.data : null;
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
export const CATALOG_PAGE_SIZE = PAGE_LIMIT_DEFAULT;
