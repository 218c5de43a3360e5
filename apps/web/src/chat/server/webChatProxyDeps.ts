import 'server-only';
import { signServiceToken } from '@scentence/api/auth';
import { webEnv } from '../../env';
import { memberAuthorization } from '../../proxy/memberAuthorization';
import type { ChatProxyDeps } from './chatProxyDeps';

/** The chat routes' dependencies in the running web app. */
export function webChatProxyDeps(): ChatProxyDeps {
  const env = webEnv();
  return {
    backendUrl: env.BACKEND_URL.replace(/\/+$/, ''),
    memberAuthorization,
    serviceAuthorization: async () => ({ authorization: `Bearer ${await signServiceToken(env.AUTH_SECRET)}` }),
    // Production is served over https; a local http origin (development, the browser tests) cannot keep a Secure cookie.
    cookie: { secure: new URL(env.NEXTAUTH_URL).protocol === 'https:' },
    now: () => new Date(),
  };
}
