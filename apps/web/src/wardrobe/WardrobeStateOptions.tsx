'use client';

import { WARDROBE_STATES, type WardrobeState } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';

/** The state a select's value names, or undefined for a value that is none. */
export function wardrobeStateOf(value: string): WardrobeState | undefined {
  return WARDROBE_STATES.find((state) => state === value);
}

/** HAVE / WISH / HAD as the options of a select, in the reader's language. */
export function WardrobeStateOptions() {
  const { t } = useI18n();
  return (
    <>
      {WARDROBE_STATES.map((state) => (
        <option key={state} value={state}>
          {t.wardrobe.states[state]}
        </option>
      ))}
    </>
  );
}
