/** A value that must never be written to a log, and what it is (named in a failure, never shown). */
export interface Secret {
  name: string;
  value: string;
}

export interface Leak {
  /** The secret's name, or the kind of credential a pattern found. */
  what: string;
  /** The line's number in the captured output (1-based). */
  line: number;
}

/** Credentials recognisable without knowing them: an `Authorization: Bearer` value, any JWT or JWE. */
const CREDENTIAL_PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'a Bearer header value', pattern: /Bearer\s+[A-Za-z0-9._~+/=-]{8,}/i },
  { what: 'a JWT or JWE', pattern: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}/ },
];

/** A JWT's signature (its last part) on its own: a log that cut the token would still show it. */
function partsOf(secret: Secret): Secret[] {
  const segments = secret.value.split('.');
  const last = segments.at(-1) ?? '';
  return segments.length >= 3 && last.length >= 16
    ? [secret, { name: `${secret.name} (its signature)`, value: last }]
    : [secret];
}

/**
 * The lines of `output` holding a secret or a credential; the report names the secret and the
 * line number only, so a failing test does not print the secret in its turn.
 */
export function leaksIn(output: string, secrets: readonly Secret[]): Leak[] {
  const needles = secrets.flatMap(partsOf).filter((secret) => secret.value.length >= 6);
  const leaks: Leak[] = [];
  output.split('\n').forEach((text, index) => {
    for (const needle of needles) if (text.includes(needle.value)) leaks.push({ what: needle.name, line: index + 1 });
    for (const { what, pattern } of CREDENTIAL_PATTERNS) if (pattern.test(text)) leaks.push({ what, line: index + 1 });
  });
  return leaks;
}
