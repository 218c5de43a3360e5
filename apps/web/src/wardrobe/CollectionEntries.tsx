'use client';

import type { WardrobeEntry } from '@scentence/api/schemas';
import { WardrobeEntryItem, type WardrobeView } from './WardrobeEntryItem';

interface CollectionEntriesProps {
  entries: WardrobeEntry[];
  view: WardrobeView;
  /** The entries shown belong to the previous filters while the new ones load. */
  stale: boolean;
  announce: (message: string) => void;
}

/** The entries of the chosen tab as a gallery or a list. */
export function CollectionEntries({ entries, view, stale, announce }: CollectionEntriesProps) {
  return (
    <ul
      className={`wardrobe-entries wardrobe-entries--${view}${stale ? ' wardrobe-entries--stale' : ''}`}
      data-testid="wardrobe-entries"
      data-view={view}
    >
      {entries.map((entry) => (
        <li key={entry.perfume.id}>
          <WardrobeEntryItem entry={entry} view={view} announce={announce} />
        </li>
      ))}
    </ul>
  );
}
