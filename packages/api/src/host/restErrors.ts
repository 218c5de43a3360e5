import type http from 'node:http';
import type { ErrorBody } from '../schemas/common';

interface FormattedShape {
  data?: Partial<ErrorBody>;
}

/** The project's error body from a tRPC error shape (its `data` is what the error formatter wrote). */
export function restErrorBody(shape: FormattedShape & { code?: unknown; message?: unknown }): ErrorBody {
  const { messageKey, params } = shape.data ?? {};
  return {
    code: shape.data?.code ?? (typeof shape.code === 'string' ? shape.code : 'INTERNAL_SERVER_ERROR'),
    message: shape.data?.message ?? (typeof shape.message === 'string' ? shape.message : 'Error'),
    issues: shape.data?.issues ?? [],
    ...(messageKey === undefined ? {} : { messageKey, params }),
  };
}

/**
 * trpc-to-openapi writes `{ ...errorShape, message, code, issues }` with zod's raw issues; this
 * rewrites error bodies into the project's `{ code, message, issues, messageKey?, params? }` from
 * the error formatter.
 */
export function reshapeRestErrors(res: http.ServerResponse): http.ServerResponse {
  const end = res.end.bind(res) as (chunk?: unknown) => http.ServerResponse;
  res.end = ((chunk?: unknown) => {
    if (res.statusCode < 400 || typeof chunk !== 'string') return end(chunk);
    try {
      return end(JSON.stringify(restErrorBody(JSON.parse(chunk) as FormattedShape)));
    } catch {
      return end(chunk);
    }
  }) as typeof res.end;
  return res;
}
