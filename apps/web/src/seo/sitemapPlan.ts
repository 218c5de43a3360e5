import type { CatalogPages } from '@scentence/api/schemas';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';

/** The protocol allows 50,000 addresses per sitemap; a perfume sitemap holds fewer, with room to spare. */
export const PERFUMES_PER_SITEMAP = 40_000;

/** The pages that are not perfumes: the site's own, then every accord, brand and note. */
export const PAGES_SITEMAP = 'pages.xml';

/** The sitemap files the index names: the pages, then the perfumes in parts of PERFUMES_PER_SITEMAP. */
export function sitemapFiles(perfumeCount: number): string[] {
  const parts = Math.ceil(perfumeCount / PERFUMES_PER_SITEMAP);
  return [PAGES_SITEMAP, ...Array.from({ length: parts }, (_, part) => `perfumes-${part}.xml`)];
}

/** The part a perfume sitemap file covers (`perfumes-2.xml` → 2), or null for any other name. */
export function perfumePartOf(file: string): number | null {
  const match = /^perfumes-(\d{1,4})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

/** The paths of every page besides the perfumes. */
export function pagePaths(pages: CatalogPages): string[] {
  return [
    '/',
    '/search',
    '/accords',
    '/notes',
    ...ACCORD_KEYS.map((key) => `/accords/${key}`),
    ...pages.brands.map((slug) => `/brands/${encodeURIComponent(slug)}`),
    ...pages.notes.map((slug) => `/notes/${encodeURIComponent(slug)}`),
  ];
}
