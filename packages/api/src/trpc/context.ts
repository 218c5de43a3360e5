import type { IncomingHttpHeaders } from 'node:http';
import { bearerTokenFrom, verifyAccessToken } from '../auth/accessToken';
import type { ServiceContext } from './init';

type HeaderSource = { headers: Headers | IncomingHttpHeaders };

function authorizationOf(req: HeaderSource): string | null {
  const { headers } = req;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get('authorization');
  const value = (headers as IncomingHttpHeaders).authorization;
  return typeof value === 'string' ? value : null;
}

/**
 * Builds the context from the bearer token alone. trpc-to-openapi hands a fetch `Request`,
 * the tRPC node adapter an `IncomingMessage`: both are read here.
 */
export function createContextFactory(authSecret: string) {
  return async ({ req }: { req: HeaderSource }): Promise<ServiceContext> => {
    const token = bearerTokenFrom(authorizationOf(req));
    return { caller: token ? await verifyAccessToken(authSecret, token) : null };
  };
}
