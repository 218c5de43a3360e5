'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import type { KeyboardEvent, RefObject } from 'react';

interface WardrobeControlButtonProps {
  ref: RefObject<HTMLButtonElement | null>;
  /** The perfume's state in the wardrobe; undefined when it is not in. */
  state: WardrobeState | undefined;
  label: string;
  /** The perfume's brand and name, read after the label by a screen reader. */
  name: string;
  /** The id of the menu it opens; undefined when a press does not open one. */
  menuId: string | undefined;
  open: boolean;
  busy: boolean;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** The wardrobe control's button: "+ add" for a perfume not in the wardrobe, "✓ state" for one in it. */
export function WardrobeControlButton({
  ref,
  state,
  label,
  name,
  menuId,
  open,
  busy,
  onClick,
  onKeyDown,
}: WardrobeControlButtonProps) {
  const hasMenu = menuId !== undefined;
  return (
    <button
      ref={ref}
      type="button"
      className={`wardrobe-control__button${state ? ' wardrobe-control__button--in' : ''}`}
      aria-haspopup={hasMenu ? 'menu' : undefined}
      aria-expanded={hasMenu ? open : undefined}
      aria-controls={menuId}
      aria-busy={busy}
      data-testid="wardrobe-control-button"
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="wardrobe-control__icon" aria-hidden="true">
        {state ? '✓' : '+'}
      </span>
      {label}
      <span className="visually-hidden"> · {name}</span>
    </button>
  );
}
