/**
 * What a 503 from a dead dependency says, as the API description documents it. The peers the
 * services call (Kakao, S3, the layering service) are told by their own messages, so what reaches
 * this is the database.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** SQLSTATE classes that mean "the database is not there right now", not "your query is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' ? code : undefined;
}

/** True when an error means a dependency (the database, a peer service) is down: a 503, not a 500. */
export function isDependencyUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const code = codeOf(error);
  if (code && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (error instanceof AggregateError && error.errors.some((inner) => isDependencyUnavailable(inner, depth + 1))) {
    return true;
  }
  return 'cause' in error && isDependencyUnavailable(error.cause, depth + 1);
}
