'use client';

import { useSyncExternalStore } from 'react';

/** The width below which the search filters open as a sheet (search.css uses the same). */
const NARROW_QUERY = '(max-width: 860px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is narrow; the server (and hydration) assume a wide one. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
