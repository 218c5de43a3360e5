import type { ConcentrationKey } from '@scentence/api/vocabulary';
import { foldText } from '../../text/normalize';

/** Most specific first: "Extrait de Parfum" must not be read as "Parfum". */
const CONCENTRATION_PATTERNS: readonly [RegExp, ConcentrationKey][] = [
  [/\b(extrait|absolu)\b/, 'extrait'],
  [/\beau de parfum\b/, 'edp'],
  [/\beau de toilette\b/, 'edt'],
  [/\beau de cologne\b/, 'edc'],
  [/\bcologne\b/, 'cologne'],
  [/\boil\b/, 'oil'],
  [/^(parfum|perfume|secret de parfum|parfum intense)$/, 'parfum'],
];

/** A concentration label ("Eau de Toilette Intense", "Parfum") → key; null for mists, body sprays and the unknown. */
export function concentrationOf(label: string | null | undefined): ConcentrationKey | null {
  const text = foldText(label ?? '');
  if (!text) return null;
  for (const [pattern, key] of CONCENTRATION_PATTERNS) if (pattern.test(text)) return key;
  return null;
}
