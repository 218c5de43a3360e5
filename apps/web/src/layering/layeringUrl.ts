/** The perfumes the page is about: `?a=` (the first, from a perfume page's "layer this") and `?b=` (the second). */
export interface PairSelection {
  a: number | null;
  b: number | null;
}

const INT4_MAX = 2_147_483_647;

function idOf(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= INT4_MAX ? id : null;
}

/** The selection a shared or typed address names; an id that is not one is ignored. */
export function selectionFromParams(params: Pick<URLSearchParams, 'get'>): PairSelection {
  return { a: idOf(params.get('a')), b: idOf(params.get('b')) };
}

/** The page's address for a selection, so that a pair can be shared. */
export function layeringHref({ a, b }: PairSelection): string {
  const params = new URLSearchParams();
  if (a !== null) params.set('a', String(a));
  if (b !== null) params.set('b', String(b));
  const query = params.toString();
  return query ? `/layering?${query}` : '/layering';
}

/** The one perfume whose partners are shown: the page names exactly one (in either slot), else none. */
export function singlePerfumeOf({ a, b }: PairSelection): number | null {
  if (a !== null && b !== null) return null;
  return a ?? b;
}
