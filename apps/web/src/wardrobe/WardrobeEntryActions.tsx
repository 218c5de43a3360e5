'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { EntryStateSelect } from './EntryStateSelect';

interface WardrobeEntryActionsProps {
  state: WardrobeState;
  /** Moves the entry; resolves to false when the server refused. */
  onMove: (next: WardrobeState) => Promise<boolean>;
  onUseUp: () => void;
  onRemove: () => void;
}

/** Move to another state, mark as used up (not for one already HAD), and remove. */
export function WardrobeEntryActions({ state, onMove, onUseUp, onRemove }: WardrobeEntryActionsProps) {
  const text = useI18n().t.wardrobe.entry;
  return (
    <div className="wardrobe-entry__actions">
      <EntryStateSelect state={state} onMove={onMove} />
      {state !== 'had' ? (
        <button
          type="button"
          className="button button--quiet button--small"
          data-testid="entry-use-up"
          onClick={onUseUp}
        >
          {text.useUp}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--quiet button--small wardrobe-entry__remove"
        data-testid="entry-remove"
        onClick={onRemove}
      >
        {text.remove}
      </button>
    </div>
  );
}
