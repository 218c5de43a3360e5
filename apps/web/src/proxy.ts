import { type NextRequest, NextResponse } from 'next/server';
import {
  contentSecurityPolicy,
  freshNonce,
  type PolicySources,
  STRICT_TRANSPORT_SECURITY,
} from './security/contentSecurityPolicy';
import { policySourcesOf } from './security/policySources';

let sources: PolicySources | undefined;

/**
 * Next's proxy (not the API proxy under src/proxy/): every page view gets a fresh nonce in its
 * Content-Security-Policy. The policy goes on the request too, where Next reads the nonce and puts
 * it on its own scripts, and on the response, where the browser enforces it.
 */
export function proxy(request: NextRequest): NextResponse {
  sources ??= policySourcesOf(process.env);
  const policy = contentSecurityPolicy(freshNonce(), sources);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (sources.https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages, not the API, uploads or build assets: their bodies stream past the proxy untouched
      // (a proxy would buffer request bodies), and they carry no scripts to guard.
      source: '/((?!api/|uploads/|_next/static/|_next/image|favicon\\.ico).*)',
      // Link prefetches render no HTML of their own; the nonce belongs to the page that is shown.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
