import type { MetadataRoute } from 'next';
import { siteOrigin } from '../seo/siteOrigin';

// The origin is the server's (NEXTAUTH_URL), read when asked rather than baked in at build time.
export const dynamic = 'force-dynamic';

/** Crawlers may read the catalog; members' pages, the API, uploads and search result variants are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/api/', '/uploads/', '/me', '/admin', '/link-account', '/recover', '/search?'],
      },
    ],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
