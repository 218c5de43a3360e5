import { listCatalogPages } from '../../catalog/catalogBackend';
import { sitemapFiles } from '../../seo/sitemapPlan';
import { sitemapUnavailable, xmlResponse } from '../../seo/sitemapResponse';
import { sitemapIndexXml } from '../../seo/sitemapXml';
import { siteOrigin } from '../../seo/siteOrigin';

// Read from the catalog on each request, never at build time.
export const dynamic = 'force-dynamic';

/** The sitemap index: the pages' sitemap and as many perfume sitemaps as the catalog needs. */
export async function GET(): Promise<Response> {
  try {
    const pages = await listCatalogPages();
    const origin = siteOrigin();
    return xmlResponse(sitemapIndexXml(sitemapFiles(pages.perfumes).map((file) => `${origin}/sitemaps/${file}`)));
  } catch (error) {
    return sitemapUnavailable(error);
  }
}
