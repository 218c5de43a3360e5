import { PERFUME_ID_PAGE_MAX } from '@scentence/api/schemas';
import { listCatalogPages, listPerfumeIds } from '../../../catalog/catalogBackend';
import { PERFUMES_PER_SITEMAP, pagePaths, perfumePartOf, sitemapFiles } from '../../../seo/sitemapPlan';
import { sitemapUnavailable, xmlResponse } from '../../../seo/sitemapResponse';
import { type SitemapEntry, urlSetXml } from '../../../seo/sitemapXml';
import { siteOrigin } from '../../../seo/siteOrigin';

export const dynamic = 'force-dynamic';

async function perfumeEntries(origin: string, part: number): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  let cursor: number | null = part * PERFUMES_PER_SITEMAP;
  while (cursor !== null && entries.length < PERFUMES_PER_SITEMAP) {
    const limit = Math.min(PERFUME_ID_PAGE_MAX, PERFUMES_PER_SITEMAP - entries.length);
    const page = await listPerfumeIds(cursor, limit);
    for (const { id, updatedAt } of page.items)
      entries.push({ loc: `${origin}/perfumes/${id}`, lastModified: updatedAt });
    cursor = page.nextCursor;
  }
  return entries;
}

/** One sitemap the index names: `pages.xml` (every page but the perfumes) or `perfumes-N.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  try {
    const pages = await listCatalogPages();
    if (!sitemapFiles(pages.perfumes).includes(file)) return new Response('Not Found', { status: 404 });
    const origin = siteOrigin();
    const part = perfumePartOf(file);
    if (part === null) return xmlResponse(urlSetXml(pagePaths(pages).map((path) => ({ loc: `${origin}${path}` }))));
    return xmlResponse(urlSetXml(await perfumeEntries(origin, part)));
  } catch (error) {
    return sitemapUnavailable(error);
  }
}
