const AUTH_PAGES = ['/login', '/signup', '/link-account', '/recover'];

/**
 * Where to go after signing in: a path on this site only (never `//elsewhere` or a full URL, which
 * would make the login page an open redirect), and never back to a sign-in page.
 */
export function safeCallbackPath(value: string | string[] | undefined, fallback = '/me'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path?.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback;
  const pathname = path.split(/[?#]/)[0] ?? '';
  return AUTH_PAGES.includes(pathname) ? fallback : path;
}
