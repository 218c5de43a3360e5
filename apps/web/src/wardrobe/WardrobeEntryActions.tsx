'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import type { ReactNode } from 'react';
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
        <EntryActionButton testId="entry-use-up" onClick={onUseUp}>
          {text.useUp}
        </EntryActionButton>
      ) : null}
      <EntryActionButton testId="entry-remove" className="wardrobe-entry__remove" onClick={onRemove}>
        {text.remove}
      </EntryActionButton>
    </div>
  );
}

interface EntryActionButtonProps {
  testId: string;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}

function EntryActionButton({ testId, className, onClick, children }: EntryActionButtonProps) {
  return (
    <button
      type="button"
      className={className ? `button button--quiet button--small ${className}` : 'button button--quiet button--small'}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
