import 'server-only';
import { CLIENT_ADDRESS_MAX_LENGTH } from '@scentence/api/schemas';

/**
 * The browser's address for throttling, from X-Forwarded-For. The last entry is the one our own
 * edge wrote (the ALB appends the address it saw; Next adds the socket's when the header is
 * absent); entries before it are whatever the browser claimed, so they are never used.
 */
export function clientAddressOf(forwardedFor: string | null | undefined): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1)?.slice(0, CLIENT_ADDRESS_MAX_LENGTH) ?? 'unknown';
}
