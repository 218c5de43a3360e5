import { useEffect, useState } from 'react';

/** How long typing must pause before a box's text is acted on (search, filters, suggestions). */
export const TYPING_PAUSE_MS = 300;

/** The value once it has stopped changing for `pauseMs` (typing, mostly). */
export function useDebouncedValue<T>(value: T, pauseMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), pauseMs);
    return () => clearTimeout(timer);
  }, [value, pauseMs]);
  return settled;
}
