/** An XML answer search engines may cache for an hour. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}

/** The catalog did not answer: a sitemap is listed whole or not at all, so crawlers come back later. */
export function sitemapUnavailable(error: unknown): Response {
  console.error(`[web] sitemap unavailable: ${error instanceof Error ? error.message : String(error)}`);
  return new Response('Service Unavailable', { status: 503, headers: { 'Retry-After': '300' } });
}
