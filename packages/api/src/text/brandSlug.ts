import { foldText } from './foldText';

/**
 * A brand's address on the site and in the API: its folded name with hyphens ("Comme des
 * Garçons" → "comme-des-garcons", "탬버린즈" stays "탬버린즈"). It is the brand's `name_key` with
 * hyphens for spaces, so it is unique per brand and needs no column of its own.
 */
export function brandSlug(name: string): string {
  return foldText(name).replace(/ /g, '-');
}
