import type http from 'node:http';
import type { ErrorBody } from '../schemas/common';

interface FormattedShape {
  data?: Partial<ErrorBody>;
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
      const shape = JSON.parse(chunk) as FormattedShape & { code?: string; message?: string };
      const { messageKey, params } = shape.data ?? {};
      const body: ErrorBody = {
        code: shape.data?.code ?? shape.code ?? 'INTERNAL_SERVER_ERROR',
        message: shape.data?.message ?? shape.message ?? 'Error',
        issues: shape.data?.issues ?? [],
        ...(messageKey === undefined ? {} : { messageKey, params }),
      };
      return end(JSON.stringify(body));
    } catch {
      return end(chunk);
    }
  }) as typeof res.end;
  return res;
}
