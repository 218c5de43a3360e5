/** What the catalog-load benchmark asks each server for, shared by the bench and its servers' process. */

/** The search the issue measured: rose among floral perfumes, one page of 20. */
export const SEARCH_PATH = '/api/perfumes?q=rose&accords=floral&limit=20';
/**
 * The same search in name order: the backend answers a search without text hits from its facet
 * index, except in name order (the database's collation orders names), so this one runs SQL.
 */
export const NAME_ORDER_SEARCH_PATH = `${SEARCH_PATH}&sort=name`;
export const TRPC_SEARCH_PATH = `/trpc/perfume.search?input=${encodeURIComponent(
  JSON.stringify({ q: 'rose', accords: ['floral'], limit: 20 }),
)}`;

/** A search as the peers look its plan up: the text, the accords, the order and the page. */
export const searchKey = (params: URLSearchParams) =>
  [
    params.get('q') ?? '',
    params.getAll('accords').join(','),
    params.get('sort') ?? '',
    params.get('limit') ?? '',
    params.get('cursor') ?? '',
  ].join('|');

/** What the servers' process tells the bench. */
export interface CatalogLoadFixtures {
  engine: 'pglite' | 'postgres';
  serverVersion: string;
  perfumes: number;
  /** The servers' process, and the database its PostgreSQL processes serve (null: the embedded one, in-process). */
  pid: number;
  database: string | null;
  ports: { backend: number; today: number; lean: number; ceiling: number };
  /** Every perfume id, notes carried by at least 5 perfumes, every accord: what the pages cycle through. */
  ids: number[];
  noteSlugs: string[];
  accordKeys: string[];
}

export type Operation = 'search' | 'nameOrder' | 'perfume' | 'similar' | 'note' | 'accord';

/**
 * The n-th request's path for an operation. `_=n` is a parameter no operation takes (the host
 * drops it, the peers ignore it): it makes every URL new, so the host's answers kept by ETag are
 * never reused and each request runs the operation, as it does on the peers.
 */
export function operationPath(operation: Operation, fixtures: CatalogLoadFixtures, n: number): string {
  const at = <T>(list: readonly T[]) => list[n % list.length]!;
  switch (operation) {
    case 'search':
      return `${SEARCH_PATH}&_=${n}`;
    case 'nameOrder':
      return `${NAME_ORDER_SEARCH_PATH}&_=${n}`;
    case 'perfume':
      return `/api/perfumes/${at(fixtures.ids)}?_=${n}`;
    case 'similar':
      return `/api/perfumes/${at(fixtures.ids)}/similar?_=${n}`;
    case 'note':
      return `/api/notes/${at(fixtures.noteSlugs)}?limit=20&_=${n}`;
    case 'accord':
      return `/api/accords/${at(fixtures.accordKeys)}?limit=20&_=${n}`;
  }
}

export function trpcPerfumePath(fixtures: CatalogLoadFixtures, n: number): string {
  const id = fixtures.ids[n % fixtures.ids.length];
  return `/trpc/perfume.byId?input=${encodeURIComponent(JSON.stringify({ id }))}`;
}
