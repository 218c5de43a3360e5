import { type Issue, isMemberMessageKey, type Locale, memberMessage } from '@scentence/api/schemas';
import type { z } from 'zod';

/** An issue in the reader's language, from its message key; an issue without one keeps its text. */
function issueText(issue: Issue, locale: Locale): string {
  const { messageKey } = issue;
  if (messageKey === undefined || !isMemberMessageKey(messageKey)) return issue.message;
  return memberMessage(messageKey, locale, issue.params);
}

/**
 * The backend's field issues as one message per field the form has, in the reader's language;
 * issues for other paths are left for the form's general message.
 */
export function fieldErrorsOf<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
  locale: Locale,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path);
    if (field && !errors[field]) errors[field] = issueText(issue, locale);
  }
  return errors;
}

/** Every rule a value breaks, in the schema's language (empty when it passes). */
export function ruleMessages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))];
}
