'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { PlaceName } from './importProblems';

/** Names where in an imported file a problem is, in the reader's language. */
export function useProblemPlaceName(): PlaceName {
  const text = useI18n().t.wardrobe.files;
  return (place) =>
    place.kind === 'line' ? text.line(place.line) : place.kind === 'entry' ? text.entry(place.number) : text.wholeFile;
}
