import { describe, expect, it } from 'vitest';
import { bottleSvgContent, bottleSvgDocument, escapeXml } from '../../src/bottle/bottleSvg';
import { drawBottle } from '../../src/bottle/drawBottle';
import { perfumeImageUrlOf } from '../../src/bottle/perfumeImageUrl';
import { perfume } from './bottlePerfumes';

/** Every `&` in XML starts one of the five entities; `<` only starts a tag we wrote. */
function isEscaped(markup: string): boolean {
  return (
    !/&(?!(amp|lt|gt|quot|apos);)/.test(markup) &&
    !/<(?!\/?(svg|title|defs|linearGradient|stop|clipPath|path|text)\b)/.test(markup)
  );
}

describe('the bottle as SVG markup', () => {
  const hostile = perfume({
    brand: 'Tom & "Jerry"',
    name: `<script>alert('x')</script> & <b>Co</b>`,
    nameKo: '<img src=x onerror=alert(1)>',
  });

  it('keeps a name with markup in it as text', () => {
    for (const locale of ['ko', 'en'] as const) {
      const markup = bottleSvgContent(drawBottle(hostile, locale));
      expect(markup).not.toMatch(/<script|<img|<b>/);
      expect(isEscaped(markup)).toBe(true);
    }
    const english = bottleSvgContent(drawBottle(hostile, 'en'));
    expect(english).toContain('&lt;script&gt;');
    expect(english).toContain('TOM &amp; &quot;JERRY&quot;');
  });

  it('stands alone as a document with a title', () => {
    const document = bottleSvgDocument(drawBottle(hostile, 'en'), { title: hostile.name });
    expect(document).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 120 160"/);
    expect(document).toContain(
      '<title>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;</title>',
    );
    expect(isEscaped(document)).toBe(true);
  });

  it('leaves the label text out when asked (the share image sets it itself)', () => {
    const drawing = drawBottle(hostile, 'en');
    expect(bottleSvgContent(drawing, { withText: false })).not.toContain('<text');
    expect(bottleSvgContent(drawing)).toContain('<text');
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe("a perfume's own picture address", () => {
  it('is used from the web or from our own origin', () => {
    expect(perfumeImageUrlOf('https://images.example.com/santal.jpg')).toBe('https://images.example.com/santal.jpg');
    expect(perfumeImageUrlOf(' /uploads/perfumes/1.webp ')).toBe('/uploads/perfumes/1.webp');
  });

  it('is ignored when it is anything else', () => {
    for (const url of [null, '', 'javascript:alert(1)', 'data:image/svg+xml,<svg/>', '//evil.example/x.png', 'x.png']) {
      expect(perfumeImageUrlOf(url)).toBeNull();
    }
  });
});
