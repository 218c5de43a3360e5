import { INPUT_MAX_DEPTH } from '../trpc/inputGuard';
import { ERROR_STATUSES, type ErrorDescriptions, type ErrorStatus, type ProcedureDocs } from '../trpc/procedureMeta';

export interface OperationShape extends ProcedureDocs {
  /** The operation takes parameters or a body, so its input can be invalid. */
  hasInput: boolean;
  /** POST, PUT or PATCH: the REST handler reads a JSON body. */
  takesBody: boolean;
  bodyLimitBytes: number;
}

export interface OperationError {
  status: ErrorStatus;
  description: string;
}

const NO_MEMBER_TOKEN =
  "No valid member token: it is missing, expired or not this service's, or the member must sign in again (`UNAUTHORIZED`).";

const ACCESS_ERRORS: Record<NonNullable<ProcedureDocs['access']>, ErrorDescriptions> = {
  public: {},
  member: { 401: NO_MEMBER_TOKEN },
  admin: {
    401: NO_MEMBER_TOKEN,
    403: "The token is not an admin's (`FORBIDDEN`).",
  },
  service: {
    401: 'No valid service token (`UNAUTHORIZED`).',
    403: "Only Scentence's own servers may call this: the token is not a service token (`FORBIDDEN`).",
  },
};

function derivedErrors(operation: OperationShape): ErrorDescriptions {
  const invalidInput =
    'The input is invalid (`BAD_REQUEST`): `issues` names each field at fault (`path`) and why (`message`). Text may not contain U+0000.';
  const invalidBody = `${invalidInput} The body must be a JSON object nested at most ${INPUT_MAX_DEPTH} levels deep; a body that is not JSON is \`PARSE_ERROR\`.`;
  return {
    ...((operation.hasInput || operation.takesBody) && { 400: operation.takesBody ? invalidBody : invalidInput }),
    ...(operation.takesBody && {
      413: `The request body is larger than ${operation.bodyLimitBytes} bytes (\`PAYLOAD_TOO_LARGE\`).`,
      415: 'The request body is not `application/json`, or comes in a `Content-Encoding` other than gzip or deflate (`UNSUPPORTED_MEDIA_TYPE`).',
    }),
    ...(!operation.selfContained && {
      503: 'The database is unavailable; try again shortly (`SERVICE_UNAVAILABLE`).',
    }),
  };
}

const RATE_LIMITED = 'Too many attempts (`TOO_MANY_REQUESTS`): wait the seconds that `Retry-After` gives.';

/**
 * Every error status an operation can answer, with what it means there: derived from its input,
 * body, access and dependencies, plus the ones its builder and its own code declare.
 */
export function operationErrors(operation: OperationShape): OperationError[] {
  const sources: ErrorDescriptions[] = [
    derivedErrors(operation),
    ACCESS_ERRORS[operation.access ?? 'public'],
    operation.guardErrors ?? {},
    operation.errors ?? {},
  ];
  const errors: OperationError[] = [];
  for (const status of ERROR_STATUSES) {
    const parts = sources.map((source) => source[status]).filter((part) => part !== undefined);
    if (status === 429 && parts.length > 0) parts.unshift(RATE_LIMITED);
    if (parts.length > 0) errors.push({ status, description: parts.join(' ') });
  }
  return errors;
}
