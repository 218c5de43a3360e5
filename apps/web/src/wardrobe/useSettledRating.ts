'use client';

import { useEffect, useRef, useState } from 'react';
import { snapRating } from './ratingScale';

/** A slider sends its value once it rests, not on every step of a drag or a held arrow key. */
const SETTLE_MS = 450;

/**
 * The rating being set on a slider: `draft` follows every step, `onChange` hears the value once
 * it settles (or at once on `flush` and `clear`), and never the same value twice.
 */
export function useSettledRating(rating: number | null, onChange: (rating: number | null) => void) {
  const [draft, setDraft] = useState<number | null>(rating);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sent = useRef<number | null>(rating);

  // A newer rating from the server (another tab, a use-up) replaces the draft unless one is pending.
  useEffect(() => {
    sent.current = rating;
    if (!timer.current) setDraft(rating);
  }, [rating]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function send(next: number | null) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === sent.current) return;
    sent.current = next;
    onChange(next);
  }

  function move(value: number) {
    const next = snapRating(value);
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), SETTLE_MS);
  }

  /** Sends a pending value now (the slider lost focus). */
  function flush() {
    if (timer.current) send(draft);
  }

  function clear() {
    setDraft(null);
    send(null);
  }

  return { draft, move, flush, clear };
}
