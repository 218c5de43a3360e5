'use client';

import { useEffect, useRef, useState } from 'react';
import { TYPING_PAUSE_MS, useDebouncedValue } from '../search/useDebouncedValue';
import type { AvailabilityOutcome } from './signUpActions';

export type Availability = { status: 'idle' | 'checking' } | AvailabilityOutcome;

/**
 * Asks whether `value` (normalised by the caller) is free once the person stops typing, and only
 * for a value that passes the field's own rules; answers are remembered, and an answer for an older value is dropped.
 */
export function useAvailability(
  value: string,
  valid: boolean,
  check: (value: string) => Promise<AvailabilityOutcome>,
): Availability {
  const answers = useRef(new Map<string, AvailabilityOutcome>());
  const [result, setResult] = useState<{ value: string; outcome: AvailabilityOutcome } | null>(null);
  const key = value.trim();

  const settled = useDebouncedValue(key, TYPING_PAUSE_MS);

  useEffect(() => {
    // Still typing (the settled value is behind), not worth asking, or already answered.
    if (settled !== key || !valid || answers.current.has(key)) return;
    let current = true;
    void check(key).then((outcome) => {
      // A failed check (throttled, service down) is asked again next time.
      if (outcome.status !== 'failed') answers.current.set(key, outcome);
      if (current) setResult({ value: key, outcome });
    });
    return () => {
      current = false;
    };
  }, [settled, key, valid, check]);

  if (!valid) return { status: 'idle' };
  const known = answers.current.get(key) ?? (result?.value === key ? result.outcome : undefined);
  return known ?? { status: 'checking' };
}
