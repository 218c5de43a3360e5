'use client';

import { useCallback, useRef, useState } from 'react';
import { useOutsideDismiss } from './useOutsideDismiss';

/**
 * Open/closed and the active item of a menu that a button opens; a press or focus outside `root`
 * closes it, and closing it with `close` gives the focus back to the button.
 */
export function useMenuDisclosure() {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const leave = useCallback(() => setOpen(false), []);

  useOutsideDismiss(open, root, leave);

  function openAt(index: number) {
    setActive(Math.max(0, index));
    setOpen(true);
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return { open, active, setActive, root, button, openAt, close, leave };
}
