'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { layeringHref, type PairSelection, selectionFromParams } from './layeringUrl';

/** The URL is the state: choosing a perfume writes `?a=` / `?b=`, and the page follows the address. */
export function useLayeringSelection(): { selection: PairSelection; select: (next: PairSelection) => void } {
  const searchParams = useSearchParams();
  const selection = useMemo(() => selectionFromParams(searchParams), [searchParams]);
  const select = (next: PairSelection) => {
    const href = layeringHref(next);
    if (href !== layeringHref(selection)) window.history.pushState(null, '', href);
  };
  return { selection, select };
}
