'use client';

import { SUGGEST_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import { keepPreviousData } from '@tanstack/react-query';
import type { BackendOutputs } from '../trpc/client';
import { trpc } from '../trpc/client';
import { TYPING_PAUSE_MS, useDebouncedValue } from './useDebouncedValue';

export type Suggestions = BackendOutputs['perfume']['suggest'];

/** Autocomplete for what is being typed, asked once typing pauses; the last answer stays while the next loads. */
export function useSuggestions(text: string, limit = 6): { suggestions: Suggestions | undefined; loading: boolean } {
  // A text longer than perfume.suggest takes suggests from its start.
  const typed = text.trim().slice(0, SUGGEST_TEXT_MAX_LENGTH);
  const q = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const query = trpc.perfume.suggest.useQuery(
    { q, limit },
    { enabled: q.length > 0, placeholderData: keepPreviousData, staleTime: 5 * 60_000 },
  );
  if (typed.length === 0) return { suggestions: undefined, loading: false };
  return { suggestions: query.data, loading: query.data === undefined && (q !== typed || query.isFetching) };
}
