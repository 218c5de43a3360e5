/** The login page, coming back to `returnTo` (a path on this site with its query) afterwards. */
export function loginHrefFor(returnTo: string): string {
  return `/login?callbackUrl=${encodeURIComponent(returnTo)}`;
}
