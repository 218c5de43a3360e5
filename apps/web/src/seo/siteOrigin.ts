import { webEnv } from '../env';

/** The site's public origin without a trailing slash, for absolute addresses (sitemaps, robots.txt). */
export function siteOrigin(): string {
  return webEnv().NEXTAUTH_URL.replace(/\/+$/, '');
}
