import 'server-only';
import { VOUCHED_ADDRESS_HEADER } from '@scentence/api/clientAddress';
import { clientAddressOf } from '../auth/clientAddress';
import { webEnv } from '../env';
import { reusedServiceToken } from './reusedServiceToken';

let serviceToken: (() => Promise<string>) | undefined;

/**
 * The headers a signed-out browser's call carries to a service that throttles per client: the
 * web server's own token, vouching for the browser's address, so that every guest does not share
 * the web server's one connection address. Only a service token makes the service read it.
 */
export async function guestVouch(request: Request): Promise<Record<string, string>> {
  serviceToken ??= reusedServiceToken(webEnv().AUTH_SECRET);
  return {
    authorization: `Bearer ${await serviceToken()}`,
    [VOUCHED_ADDRESS_HEADER]: clientAddressOf(request.headers.get('x-forwarded-for')),
  };
}
