import type { IncomingHttpHeaders } from 'node:http';
import { bearerTokenFrom, verifyAccessToken } from '../auth/accessToken';
import { canonicalAddress } from '../clientAddress/canonicalAddress';
import { forwardedClientAddress } from '../clientAddress/forwardedClient';
import { createProxyTrust } from '../clientAddress/proxyTrust';
import { VOUCHED_ADDRESS_HEADER } from '../clientAddress/throttleAddress';
import { CLIENT_ADDRESS_MAX_LENGTH } from '../schemas/member';
import type { ServiceContext } from './init';

type HeaderSource = { headers: Headers | IncomingHttpHeaders; socket?: { remoteAddress?: string } };

function headerOf(req: HeaderSource, name: string): string | undefined {
  const { headers } = req;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as IncomingHttpHeaders)[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The caller comes from the bearer token alone; the client's address rides along for throttling
 * only: the TCP peer, or the client behind one of `trustedProxies` (addresses and CIDR ranges of
 * our load balancers) from X-Forwarded-For. A service may vouch for its own client's address in a
 * header; anyone else's is ignored. A fetch `Request` or an `IncomingMessage` may arrive here.
 */
export function createContextFactory(authSecret: string, trustedProxies: readonly string[] = []) {
  const trusts = createProxyTrust(trustedProxies);
  return async ({ req }: { req: HeaderSource }): Promise<ServiceContext> => {
    const token = bearerTokenFrom(headerOf(req, 'authorization') ?? null);
    const caller = token ? await verifyAccessToken(authSecret, token) : null;
    const context: ServiceContext = { caller };
    const connectionAddress = forwardedClientAddress(
      req.socket?.remoteAddress,
      headerOf(req, 'x-forwarded-for'),
      trusts,
    );
    if (connectionAddress) context.connectionAddress = connectionAddress;
    const vouched = caller?.role === 'service' ? headerOf(req, VOUCHED_ADDRESS_HEADER)?.trim() : undefined;
    if (vouched) context.vouchedAddress = (canonicalAddress(vouched) ?? vouched).slice(0, CLIENT_ADDRESS_MAX_LENGTH);
    return context;
  };
}
