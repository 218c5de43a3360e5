/** What the policy allows beyond the site's own origin (all origins, `scheme://host[:port]`). */
export interface PolicySources {
  /** Where the page may load images from besides 'self', data: and blob: (e.g. the local driver's UPLOADS_PUBLIC_URL). */
  imageOrigins: readonly string[];
  /** Where the page may fetch besides 'self' (the storage a profile image is PUT to). */
  connectOrigins: readonly string[];
  /** Served over https: browsers also upgrade any http subresource. */
  https: boolean;
}

/**
 * The Content-Security-Policy of one page view. Scripts run only with this response's nonce (and
 * what they load, 'strict-dynamic'): no 'unsafe-inline' for scripts. The exceptions, and why:
 * - script-src 'unsafe-eval': the scent map draws with regl, which compiles its draw calls with
 *   `Function`; a policy is per document, so a client-side navigation to /map keeps the first page's.
 * - style-src 'unsafe-inline': React style attributes (bottle colours, map panels) are inline styles.
 * - img-src https:: perfume photos come from the catalog's own, unlisted hosts.
 * - worker-src blob:: the map's point index runs in a worker made from a blob.
 */
export function contentSecurityPolicy(nonce: string, sources: PolicySources): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', 'https:', ...sources.imageOrigins],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...sources.connectOrigins],
    ['worker-src', "'self'", 'blob:'],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
  ];
  if (sources.https) directives.push(['upgrade-insecure-requests']);
  return directives.map((words) => [...new Set(words)].join(' ')).join('; ');
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function freshNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** Two years; browsers keep to https for the site's host from the first https answer on. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/** Headers that are the same for every response, pages and API alike (next.config.ts sets them). */
export const STATIC_SECURITY_HEADERS = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
] as const;
