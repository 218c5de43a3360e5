'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { WardrobeStateOptions, wardrobeStateOf } from './WardrobeStateOptions';

interface EntryStateSelectProps {
  state: WardrobeState;
  /** Moves the entry; resolves to false when the server refused. */
  onMove: (next: WardrobeState) => Promise<boolean>;
}

/** Moves an entry between HAVE / WISH / HAD, shown at once and put back if the move fails. */
export function EntryStateSelect({ state: saved, onMove }: EntryStateSelectProps) {
  const { t } = useI18n();
  const [state, setState] = useState(saved);
  useEffect(() => setState(saved), [saved]);
  return (
    <label className="wardrobe-entry__move">
      <span>{t.wardrobe.entry.state}</span>
      <select
        value={state}
        data-testid="entry-state"
        onChange={(event) => {
          const next = wardrobeStateOf(event.target.value);
          if (!next) return;
          setState(next);
          void onMove(next).then((ok) => ok || setState(saved));
        }}
      >
        <WardrobeStateOptions />
      </select>
    </label>
  );
}
