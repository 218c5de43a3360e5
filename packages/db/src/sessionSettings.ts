/**
 * Session settings every connection gets. Typo tolerance: a query word matches a name at 50%
 * trigram overlap (pg_trgm's default 60% misses "sauvgae" → "sauvage"). Vector search keeps
 * scanning the HNSW graph when a filter drops candidates.
 */
export const SESSION_SETTINGS = {
  'pg_trgm.word_similarity_threshold': '0.5',
  'hnsw.ef_search': '80',
  'hnsw.iterative_scan': 'strict_order',
} as const;
