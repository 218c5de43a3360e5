'use client';

import { WARDROBE_STATES, type WardrobeState } from '@scentence/api/schemas';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { MENU_ARROWS, rovingTarget } from './rovingKeys';

export type WardrobeChoice = WardrobeState | 'remove';

/** The choices of the wardrobe menu: every state, and "remove" once the perfume is in. */
export function wardrobeChoices(inWardrobe: boolean): WardrobeChoice[] {
  return inWardrobe ? [...WARDROBE_STATES, 'remove'] : [...WARDROBE_STATES];
}

interface WardrobeStateMenuProps {
  id: string;
  label: string;
  open: boolean;
  active: number;
  choices: WardrobeChoice[];
  /** The perfume's state in the wardrobe, checked in the menu; undefined when it is not in. */
  current: WardrobeState | undefined;
  onActiveChange: (index: number) => void;
  /** Escape: close and give the focus back to the button. */
  onClose: () => void;
  /** Tab: close and let the focus move on. */
  onLeave: () => void;
  onChoose: (choice: WardrobeChoice) => void;
}

/** The menu of the wardrobe button, with roving focus and arrow, Home, End, Escape and Tab keys. */
export function WardrobeStateMenu({
  id,
  label,
  open,
  active,
  choices,
  current,
  onActiveChange,
  onClose,
  onLeave,
  onChoose,
}: WardrobeStateMenuProps) {
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const move = rovingTarget(event.key, active, choices.length, MENU_ARROWS);
    if (move !== undefined) {
      event.preventDefault();
      onActiveChange(move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      onLeave();
    }
  }

  return (
    <div
      ref={menu}
      id={id}
      role="menu"
      aria-label={label}
      className="wardrobe-control__menu"
      hidden={!open}
      tabIndex={-1}
      onKeyDown={onMenuKey}
      data-testid="wardrobe-control-menu"
    >
      {choices.map((choice, index) => (
        <WardrobeMenuItem
          key={choice}
          choice={choice}
          checked={current === choice}
          focusable={index === active}
          onChoose={onChoose}
        />
      ))}
    </div>
  );
}

interface WardrobeMenuItemProps {
  choice: WardrobeChoice;
  checked: boolean;
  /** The roving focus is on this item: Tab reaches it. */
  focusable: boolean;
  onChoose: (choice: WardrobeChoice) => void;
}

/** A state to put the perfume in (checked when it is there), or "remove". */
function WardrobeMenuItem({ choice, checked, focusable, onChoose }: WardrobeMenuItemProps) {
  const { t } = useI18n();
  const tabIndex = focusable ? 0 : -1;
  return choice === 'remove' ? (
    <button
      type="button"
      role="menuitem"
      tabIndex={tabIndex}
      className="wardrobe-control__item wardrobe-control__item--remove"
      data-testid="wardrobe-control-remove"
      onClick={() => onChoose(choice)}
    >
      {t.wardrobe.control.removeItem}
    </button>
  ) : (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      tabIndex={tabIndex}
      className="wardrobe-control__item"
      data-testid={`wardrobe-control-${choice}`}
      onClick={() => onChoose(choice)}
    >
      {t.wardrobe.states[choice]}
    </button>
  );
}
