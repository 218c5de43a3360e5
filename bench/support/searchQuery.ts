import type { PerfumeSearchQuery } from '@scentence/api/schemas';

/** The search every target of the search benchmark answers. */
export const SEARCH_QUERY: PerfumeSearchQuery = {
  q: 'rose',
  accords: ['floral'],
  accordMode: 'all',
  sort: 'relevance',
  limit: 20,
  cursor: 0,
};

export const REST_PATH = '/api/perfumes?q=rose&accords=floral&limit=20';
export const TRPC_PATH = `/trpc/perfume.search?input=${encodeURIComponent(
  JSON.stringify({ q: 'rose', accords: ['floral'], limit: 20 }),
)}`;
