'use client';

import { useEffect, useRef, useState } from 'react';
import type { AvailabilityOutcome } from './signUpActions';

export type Availability = { status: 'idle' | 'checking' } | AvailabilityOutcome;

const DEBOUNCE_MS = 450;

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

  useEffect(() => {
    if (!valid || answers.current.has(key)) return;
    let current = true;
    const timer = setTimeout(async () => {
      const outcome = await check(key);
      // A failed check (throttled, service down) is asked again next time.
      if (outcome.status !== 'failed') answers.current.set(key, outcome);
      if (current) setResult({ value: key, outcome });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, valid, check]);

  if (!valid) return { status: 'idle' };
  const known = answers.current.get(key) ?? (result?.value === key ? result.outcome : undefined);
  return known ?? { status: 'checking' };
}
