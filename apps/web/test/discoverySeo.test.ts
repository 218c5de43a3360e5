import { describe, expect, it } from 'vitest';
import { icoOfPng } from '../src/seo/appIcon';
import { appIconSizeOf } from '../src/seo/appIconFiles';
import { PERFUMES_PER_SITEMAP, pagePaths, perfumePartOf, sitemapFiles } from '../src/seo/sitemapPlan';
import { sitemapIndexXml, urlSetXml } from '../src/seo/sitemapXml';

describe('sitemap plan', () => {
  it('keeps every perfume sitemap under the protocol limit of 50,000 addresses', () => {
    expect(PERFUMES_PER_SITEMAP).toBeLessThan(50_000);
    expect(sitemapFiles(343)).toEqual(['pages.xml', 'perfumes-0.xml']);
    expect(sitemapFiles(37_926)).toEqual(['pages.xml', 'perfumes-0.xml']);
    expect(sitemapFiles(120_001)).toEqual([
      'pages.xml',
      'perfumes-0.xml',
      'perfumes-1.xml',
      'perfumes-2.xml',
      'perfumes-3.xml',
    ]);
    expect(sitemapFiles(0)).toEqual(['pages.xml']);
  });

  it('reads a perfume part from its file name, and nothing from other names', () => {
    expect(perfumePartOf('perfumes-2.xml')).toBe(2);
    expect(perfumePartOf('pages.xml')).toBeNull();
    expect(perfumePartOf('perfumes-x.xml')).toBeNull();
    expect(perfumePartOf('perfumes-1.xml.gz')).toBeNull();
  });

  it('lists the site pages, every accord, brand and note', () => {
    const paths = pagePaths({ perfumes: 2, brands: ['le-labo', '탬버린즈'], notes: ['pink-pepper'] });
    expect(paths).toEqual(expect.arrayContaining(['/', '/search', '/notes', '/accords', '/accords/woody']));
    expect(paths).toContain('/brands/le-labo');
    expect(paths).toContain(`/brands/${encodeURIComponent('탬버린즈')}`);
    expect(paths).toContain('/notes/pink-pepper');
    expect(paths.filter((path) => path.startsWith('/accords/')).length).toBe(25);
  });
});

describe('sitemap XML', () => {
  it('writes a urlset with escaped addresses and optional dates', () => {
    const xml = urlSetXml([
      { loc: 'https://scentence.example/search?a=1&b=2' },
      { loc: 'https://scentence.example/perfumes/1', lastModified: '2026-01-02T03:04:05.000Z' },
    ]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(xml).toContain('<url><loc>https://scentence.example/search?a=1&amp;b=2</loc></url>');
    expect(xml).toContain(
      '<url><loc>https://scentence.example/perfumes/1</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>',
    );
  });

  it('writes a sitemap index naming each sitemap', () => {
    const xml = sitemapIndexXml(['https://scentence.example/sitemaps/pages.xml']);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://scentence.example/sitemaps/pages.xml</loc></sitemap>');
  });
});

describe('app icons', () => {
  it('names the manifest icon files by size', () => {
    expect(appIconSizeOf('icon-192.png')).toBe(192);
    expect(appIconSizeOf('icon-512.png')).toBe(512);
    expect(appIconSizeOf('icon-64.png')).toBeNull();
  });

  it('wraps a PNG in an ICO directory of one image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = icoOfPng(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true)).toBe(png.byteLength);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
  });
});
