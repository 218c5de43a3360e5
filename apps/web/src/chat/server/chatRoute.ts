import 'server-only';
import { routeHandlers } from '../../proxy/routeHandlers';
import type { ChatProxyDeps } from './chatProxyDeps';
import { backendUnavailable } from './chatRefusals';
import { webChatProxyDeps } from './webChatProxyDeps';

type ChatHandler = (request: Request, deps: ChatProxyDeps) => Promise<Response>;

/**
 * The handlers of one chat route: POST runs `handle`, other methods get 405 with Allow. Whatever
 * goes wrong on the way (the session store, a broken answer) is a 503, never a 500.
 */
export function chatRoute(handle: ChatHandler) {
  return routeHandlers('chat', async (request: Request) => {
    try {
      return await handle(request, webChatProxyDeps());
    } catch (error) {
      if (!request.signal.aborted) console.error(`[web] chat route ${new URL(request.url).pathname} failed:`, error);
      return backendUnavailable();
    }
  });
}
