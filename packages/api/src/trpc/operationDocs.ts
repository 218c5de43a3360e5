import type { OpenApiMethod } from 'trpc-to-openapi';
import type { ProcedureDocs, ServiceMeta } from './procedureMeta';

/** What an operation documents beyond its method, path and summary. */
export interface OperationDetails extends Pick<ProcedureDocs, 'errors' | 'cache'> {
  /** The longer explanation under the summary. */
  description?: string;
}

type OperationDocs = (path: `/${string}`, summary: string, details?: OperationDetails) => ServiceMeta;

/**
 * The meta of the operations under one OpenAPI tag, one call each:
 * `docs.get('/members/me', 'My profile')`, `docs.put(path, summary, { errors: { 404: … } })`.
 * The tag and the shape of the meta are written here once.
 */
export function operationDocs(tag: string) {
  const tags = [tag];
  const operation =
    (method: OpenApiMethod): OperationDocs =>
    (path, summary, { description, ...details } = {}) => ({
      openapi: { method, path, tags, summary, ...(description !== undefined && { description }) },
      ...details,
    });
  return {
    get: operation('GET'),
    post: operation('POST'),
    put: operation('PUT'),
    patch: operation('PATCH'),
    delete: operation('DELETE'),
  };
}
