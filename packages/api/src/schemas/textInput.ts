import { z } from 'zod';

/** Text with a character other than white space: what `trim()` leaves something of. */
export const NOT_BLANK = /\S/;

/**
 * Text as a person types it (a search, a memo, a name). Its limits hold for the text as sent,
 * which is what the documents say, and the server then trims it. Text that must not be blank
 * says so with the pattern `\S`, so `" "` is refused rather than trimmed to nothing. A field
 * with a pattern of its own (a nickname, a slug) is checked as sent and not trimmed at all.
 */
export function textInput(maxLength: number, { required = false }: { required?: boolean } = {}) {
  const text = z.string().max(maxLength);
  return (required ? text.min(1).regex(NOT_BLANK, 'must not be blank') : text).trim();
}
