import type { ErrorBody } from '@scentence/api/schemas';
import { webEnv } from '../../../env';
import { forwardRequest } from '../../../proxy/forwardRequest';
import { routeHandlers } from '../../../proxy/routeHandlers';
import { encodeServicePath } from '../../../proxy/servicePath';

export const dynamic = 'force-dynamic';

interface UploadsContext {
  params: Promise<{ path?: string[] }>;
}

/**
 * The local storage driver's files, on the site's own origin: the browser PUTs a profile image
 * to `/uploads/incoming/<id>?token=…` and loads `/uploads/profile_images/<id>.webp`. Both stream
 * to and from the backend, which checks the upload token and the size as the bytes arrive.
 */
async function handle(request: Request, context: UploadsContext): Promise<Response> {
  const path = encodeServicePath((await context.params).path);
  if (!path) {
    const body: ErrorBody = { code: 'NOT_FOUND', message: 'Not found', issues: [] };
    return Response.json(body, { status: 404 });
  }
  return forwardRequest(request, `${webEnv().BACKEND_URL.replace(/\/+$/, '')}/uploads/${path}`, {
    service: 'backend',
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeHandlers('uploads', handle);
