import 'server-only';
import { forwardRequest } from '../../proxy/forwardRequest';
import type { ChatProxyDeps } from './chatProxyDeps';

/**
 * POSTs a JSON body to one of the backend's REST operations (`/api{path}`) on behalf of the
 * browser's request: its language and its abort travel along, the answer streams back, and a
 * backend that cannot be reached answers 503.
 */
export function callBackend(
  request: Request,
  deps: ChatProxyDeps,
  path: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const outgoing = new Request(request.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: request.headers.get('accept') ?? 'application/json',
      'accept-language': request.headers.get('accept-language') ?? '',
    },
    body: JSON.stringify(body),
    signal: request.signal,
  });
  return forwardRequest(outgoing, `${deps.backendUrl}/api${path}`, { service: 'backend', headers });
}
