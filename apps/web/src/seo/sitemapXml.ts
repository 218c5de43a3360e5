/** One address of a sitemap, with when its content last changed when we know. */
export interface SitemapEntry {
  loc: string;
  lastModified?: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap (`<urlset>`) of the protocol at sitemaps.org. */
export function urlSetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ loc, lastModified }) =>
      `<url><loc>${escapeXml(loc)}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''}</url>`,
  );
  return `${XML_HEAD}\n<urlset xmlns="${SITEMAP_NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A sitemap index (`<sitemapindex>`) naming the sitemaps. */
export function sitemapIndexXml(locs: readonly string[]): string {
  const sitemaps = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return `${XML_HEAD}\n<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}
