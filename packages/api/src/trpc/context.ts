import type { IncomingHttpHeaders } from 'node:http';
import { bearerTokenFrom, verifyAccessToken } from '../auth/accessToken';
import type { ServiceContext } from './init';

type HeaderSource = { headers: Headers | IncomingHttpHeaders; socket?: { remoteAddress?: string } };

function authorizationOf(req: HeaderSource): string | null {
  const { headers } = req;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get('authorization');
  const value = (headers as IncomingHttpHeaders).authorization;
  return typeof value === 'string' ? value : null;
}

/**
 * The caller comes from the bearer token alone; the peer's address rides along for throttling
 * only. A fetch `Request` or an `IncomingMessage` may arrive here: both are read.
 */
export function createContextFactory(authSecret: string) {
  return async ({ req }: { req: HeaderSource }): Promise<ServiceContext> => {
    const token = bearerTokenFrom(authorizationOf(req));
    const caller = token ? await verifyAccessToken(authSecret, token) : null;
    const connectionAddress = req.socket?.remoteAddress;
    return connectionAddress ? { caller, connectionAddress } : { caller };
  };
}
