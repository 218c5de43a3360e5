'use client';

import { type RefObject, useEffect } from 'react';

/** While `open`, a press or focus anywhere outside `root` calls `dismiss`. */
export function useOutsideDismiss(open: boolean, root: RefObject<HTMLElement | null>, dismiss: () => void) {
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) dismiss();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open, root, dismiss]);
}
