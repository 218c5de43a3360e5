/**
 * What the documents say of every text input, because the procedures' input guard refuses it:
 * no U+0000 (PostgreSQL text cannot hold it).
 */
export const STORABLE_TEXT_PATTERN = '^[^\\u0000]*$';

/**
 * Whether a pattern already keeps U+0000 out: anchored at both ends and made of classes that
 * cannot match it (letters, digits, listed characters). Conservative: when in doubt, no.
 */
function excludesNul(pattern: string): boolean {
  return /^\^.*\$$/s.test(pattern) && !/(^|[^\\])\.|\[\^|\\[SWDP0]|\\p\{C|\\u0000|\\x00/.test(pattern);
}

function isSchema(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds the storable-text rule, in place, to every free string of an input schema (enums and formats keep theirs). */
export function documentStorableText(schema: unknown): void {
  if (!isSchema(schema)) return;
  const isText = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  if (isText && schema.enum === undefined && schema.const === undefined && schema.format === undefined) {
    const allOf = Array.isArray(schema.allOf) ? schema.allOf : [];
    const stated = [schema, ...allOf].some((part) => isSchema(part) && part.pattern === STORABLE_TEXT_PATTERN);
    if (typeof schema.pattern !== 'string') schema.pattern = STORABLE_TEXT_PATTERN;
    else if (!stated && !excludesNul(schema.pattern)) schema.allOf = [...allOf, { pattern: STORABLE_TEXT_PATTERN }];
  }
  for (const key of ['items', 'additionalProperties']) documentStorableText(schema[key]);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const options = schema[key];
    if (Array.isArray(options)) for (const option of options) documentStorableText(option);
  }
  if (isSchema(schema.properties))
    for (const property of Object.values(schema.properties)) documentStorableText(property);
}
