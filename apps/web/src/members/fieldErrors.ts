import { type Issue, type Locale, localizeMemberMessage } from '@scentence/api/schemas';
import type { z } from 'zod';

/**
 * The backend's field issues (Korean) as one message per field the form has, in the reader's
 * language; issues for other paths are left for the form's general message.
 */
export function fieldErrorsOf<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
  locale: Locale,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path);
    if (field && !errors[field]) errors[field] = localizeMemberMessage(issue.message, locale);
  }
  return errors;
}

/** Every rule a value breaks, in the schema's language (empty when it passes). */
export function ruleMessages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))];
}
