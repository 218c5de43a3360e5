import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { UI_TIMEOUT_MS, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/discovery.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('brand pages, the notes index, search filters and what crawlers read', () => {
  const session = usePageSession();

  async function fetchText(path: string): Promise<{ status: number; type: string | null; body: string }> {
    const response = await fetch(`${session.system.webUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }

  function locs(xml: string): string[] {
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  }

  async function metaDescription(): Promise<string | null> {
    return session.page.locator('meta[name="description"]').getAttribute('content');
  }

  it('shows a house: its names, country, count, accord profile in accord colours, and its perfumes', async () => {
    await session.page.goto('/brands/le-labo');
    expect(await session.page.getByTestId('brand-title').textContent()).toBe('르라보');
    expect(await session.page.getByTestId('brand-page').getByText('Le Labo', { exact: true }).count()).toBe(1);
    expect(await session.page.getByTestId('brand-country').textContent()).toContain('미국');
    const count = Number(await session.page.getByTestId('brand-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(3);
    expect(await session.page.getByTestId('brand-count').textContent()).toBe(`향수 ${count}개`);
    expect(await session.page.title()).toBe('르라보 향수 | Scentence');
    expect(await metaDescription()).toMatch(/^르라보의 향수 \d+개와 브랜드를 이루는 어코드\(\S+/);

    const bars = session.page.getByTestId('brand-accords').getByTestId('accord-bar');
    expect(await bars.count()).toBeGreaterThan(2);
    const shares = await bars.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-strength'))));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // Each bar is drawn in its accord's colour, as on a perfume page: woody is brown.
    const woody = session.page
      .getByTestId('brand-accords')
      .locator('[data-accord="woody"] [data-testid="accord-bar-fill"]');
    expect(await woody.evaluate((fill) => getComputedStyle(fill).backgroundColor)).toBe('rgb(139, 94, 60)');
    expect(await bars.first().getByTestId('accord-link').getAttribute('href')).toMatch(/^\/accords\/\w+$/);

    const cards = session.page.getByTestId('brand-perfumes-item');
    expect(await cards.count()).toBe(Math.min(count, 20));
    for (const brand of await cards.getByTestId('perfume-brand').allTextContents()) expect(brand).toBe('르라보');
  });

  it('sorts the house perfumes by the order chosen, and the address keeps it', async () => {
    await session.page.goto('/brands/chanel');
    await session.page.getByTestId('brand-sort').selectOption('newest');
    await session.page.waitForURL(/\/brands\/chanel\?sort=newest$/);
    const years = async () =>
      (await session.page.getByTestId('brand-perfumes-item').locator('.perfume-card__details').allTextContents()).map(
        (details) => Number(/\d{4}/.exec(details)?.[0] ?? 0),
      );
    const newestFirst = (list: number[]) =>
      list.length > 1 && list.every((year, i) => i === 0 || (list[i - 1] ?? 0) >= year);
    await expect.poll(async () => newestFirst(await years()), { timeout: UI_TIMEOUT_MS }).toBe(true);

    await session.page.reload();
    expect(await session.page.getByTestId('brand-sort').inputValue()).toBe('newest');
  });

  it('gives a house one address: a typed name leads to its slug, an unknown house is a 404', async () => {
    await session.page.goto('/brands/Le%20Labo');
    await session.page.waitForURL(/\/brands\/le-labo$/);
    expect(await session.page.getByTestId('brand-title').textContent()).toBe('르라보');

    const missing = await session.page.goto('/brands/no-such-house');
    expect(missing?.status()).toBe(404);
    expect(await session.page.getByRole('heading', { name: '브랜드를 찾을 수 없어요' }).count()).toBe(1);
  });

  it('reads a brand page in English when English is chosen', async () => {
    await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl }]);
    await session.page.goto('/brands/hermes');
    expect(await session.page.getByTestId('brand-title').textContent()).toBe('Hermès');
    expect(await session.page.getByTestId('brand-country').textContent()).toContain('France');
    expect(await session.page.title()).toBe('Hermès perfumes | Scentence');
    expect(await metaDescription()).toMatch(/^\d+ perfumes? by Hermès/);
  });

  it('lists every note by family, and narrows the list as Korean or English is typed', async () => {
    await session.page.goto('/notes');
    expect(await session.page.title()).toBe('노트 둘러보기 | Scentence');
    const families = session.page.getByTestId('note-family-group');
    const familyKeys = await families.evaluateAll((items) => items.map((item) => item.getAttribute('data-family')));
    expect(familyKeys.slice(0, 3)).toEqual(['citrus', 'fruity', 'green']);
    expect(familyKeys).toContain('woody');
    const citrus = session.page.locator('[data-testid="note-family-group"][data-family="citrus"]');
    expect(await citrus.getByRole('heading').textContent()).toContain('시트러스');
    expect(await citrus.locator('[data-note="bergamot"]').textContent()).toMatch(/^베르가못Bergamot향수 \d+개$/);
    const all = Number(await session.page.getByTestId('notes-shown').getAttribute('data-count'));
    expect(all).toBe(await session.page.getByTestId('note-index-link').count());

    const filter = session.page.getByTestId('notes-filter');
    await filter.fill('베르');
    await expect.poll(() => session.page.getByTestId('note-index-link').count()).toBeLessThan(all);
    const korean = await session.page.getByTestId('note-index-link').locator('.note-entry__name').allTextContents();
    expect(korean).toContain('베르가못');
    for (const name of korean) expect(name).toContain('베르');

    await filter.fill('Pink pep');
    await expect
      .poll(() => session.page.getByTestId('note-index-link').locator('.note-entry__name').allTextContents())
      .toEqual(['핑크 페퍼']);
    expect(await session.page.getByTestId('notes-shown').textContent()).toBe('노트 1개');

    await filter.fill('unobtainium');
    await session.page.getByTestId('notes-empty').waitFor();
    expect(await session.page.getByTestId('note-family-group').count()).toBe(0);

    await filter.fill('sandal');
    await session.page.locator('[data-testid="note-index-link"][data-note="sandalwood"]').click();
    await session.page.waitForURL(/\/notes\/sandalwood$/);
    expect(await session.page.getByTestId('note-title').textContent()).toBe('샌달우드');
  });

  it('shows every filter on a wide screen without a scroll box, and active filters as removable chips', async () => {
    await session.page.goto('/search?q=santal');
    const panel = session.page.getByTestId('filter-panel');
    await panel.waitFor();
    const overflow = await panel.evaluate((element) => ({
      style: getComputedStyle(element).overflowY,
      hidden: element.scrollHeight - element.clientHeight,
    }));
    expect(overflow).toEqual({ style: 'visible', hidden: 0 });
    expect(await session.page.getByTestId('filter-sheet-open').count()).toBe(0);

    await session.page.getByTestId('filter-accord-woody').click();
    await session.page.getByTestId('filter-season-fall').click();
    await session.page.waitForURL(/accords=woody&season=fall/);
    const chips = session.page.getByTestId('active-filters').getByTestId('active-filter-chip');
    await expect.poll(() => chips.allTextContents()).toEqual(['우디×', '가을×']);
    expect(await chips.first().getAttribute('aria-label')).toBe('우디 빼기');

    await chips.first().click();
    await session.page.waitForURL((url) => !url.search.includes('accords='));
    await expect.poll(() => chips.allTextContents()).toEqual(['가을×']);
    expect(await session.page.getByTestId('filter-accord-woody').getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the filters as a sheet on a phone, and applies them only when asked', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto('/search?q=santal');
    const open = session.page.getByTestId('filter-sheet-open');
    await open.waitFor();
    expect(await session.page.getByTestId('filter-panel').count()).toBe(0);
    const sheet = session.page.getByTestId('filter-sheet');
    expect(await sheet.isVisible()).toBe(false);

    await open.click();
    await sheet.waitFor();
    expect(await sheet.getByRole('heading', { name: '필터' }).isVisible()).toBe(true);
    await sheet.getByTestId('filter-accord-woody').click();
    await sheet.getByTestId('filter-gender-unisex').click();
    // Nothing applies until "apply".
    expect(new URL(session.page.url()).search).toBe('?q=santal');
    await sheet.getByTestId('filter-sheet-apply').click();
    await session.page.waitForURL(/accords=woody&gender=unisex/);
    expect(await sheet.isVisible()).toBe(false);
    // The count follows the address in the next render.
    await expect.poll(() => open.textContent()).toContain('2');
    const chips = session.page.getByTestId('active-filter-chip');
    await expect.poll(() => chips.allTextContents()).toEqual(['우디×', '유니섹스×']);

    // Closing the sheet drops what was chosen in it.
    await open.click();
    await sheet.getByTestId('filter-season-winter').click();
    await session.page.keyboard.press('Escape');
    expect(await sheet.isVisible()).toBe(false);
    expect(new URL(session.page.url()).searchParams.get('season')).toBeNull();
    await open.click();
    expect(await sheet.getByTestId('filter-season-winter').getAttribute('aria-pressed')).toBe('false');
    expect(await sheet.getByTestId('filter-accord-woody').getAttribute('aria-pressed')).toBe('true');
  });

  it('tells crawlers what to read: robots.txt and a sitemap of every perfume, brand, note and accord page', async () => {
    const origin = session.system.webUrl;
    const robots = await fetchText('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.body).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(robots.body).toMatch(/Disallow: \/api\//);
    expect(robots.body).toMatch(/Disallow: \/me\b/);

    const index = await fetchText('/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.type).toContain('xml');
    expect(index.body).toContain('<sitemapindex');
    const sitemaps = locs(index.body);
    expect(sitemaps).toEqual([`${origin}/sitemaps/pages.xml`, `${origin}/sitemaps/perfumes-0.xml`]);

    const pages = locs((await fetchText('/sitemaps/pages.xml')).body);
    for (const path of ['/', '/search', '/notes', '/accords', '/accords/woody', '/brands/le-labo', '/notes/bergamot']) {
      expect(pages).toContain(`${origin}${path}`);
    }
    const catalog = (await (await fetch(`${session.system.backendUrl}/api/catalog/pages`)).json()) as {
      perfumes: number;
      brands: string[];
      notes: string[];
    };
    expect(pages.filter((loc) => loc.startsWith(`${origin}/brands/`)).length).toBe(catalog.brands.length);
    expect(pages.filter((loc) => loc.startsWith(`${origin}/notes/`)).length).toBe(catalog.notes.length);

    const perfumes = await fetchText('/sitemaps/perfumes-0.xml');
    expect(perfumes.body).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
    const perfumeLocs = locs(perfumes.body);
    expect(perfumeLocs.length).toBe(catalog.perfumes);
    expect(new Set(perfumeLocs).size).toBe(catalog.perfumes);
    for (const loc of perfumeLocs) expect(loc).toMatch(new RegExp(`^${origin}/perfumes/\\d+$`));
    // A listed perfume opens.
    expect((await fetch(perfumeLocs[0] ?? '')).status).toBe(200);

    expect((await fetchText('/sitemaps/perfumes-7.xml')).status).toBe(404);
  });

  it('has a favicon, app icons and a Korean web manifest', async () => {
    await session.page.goto('/');
    const icon = await session.page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
    const apple = await session.page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const manifestHref = await session.page.locator('link[rel="manifest"]').getAttribute('href');
    expect((await fetchText(icon ?? '')).type).toContain('image/svg+xml');

    const manifestResponse = await fetchText(manifestHref ?? '');
    const manifest = JSON.parse(manifestResponse.body) as {
      name: string;
      short_name: string;
      lang: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Scentence · 센텐스', short_name: '센텐스', lang: 'ko' });
    const sizes = manifest.icons.map((entry) => entry.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

    for (const src of [
      apple ?? '',
      ...manifest.icons.filter((entry) => entry.type === 'image/png').map((e) => e.src),
    ]) {
      const response = await fetch(`${session.system.webUrl}${src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
    const favicon = await fetch(`${session.system.webUrl}/favicon.ico`);
    expect(favicon.headers.get('content-type')).toBe('image/x-icon');
    expect([...new Uint8Array(await favicon.arrayBuffer()).slice(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('gives every page its own title and description', async () => {
    const pages = [
      '/',
      '/search',
      '/notes',
      '/accords',
      '/accords/woody',
      '/notes/bergamot',
      '/brands/le-labo',
      '/login',
      '/signup',
      '/no-such-page',
    ];
    const seen: { path: string; title: string; description: string | null }[] = [];
    for (const path of pages) {
      await session.page.goto(path);
      seen.push({ path, title: await session.page.title(), description: await metaDescription() });
    }
    const perfume = await session.page.goto('/search?q=santal%2033');
    expect(perfume?.ok()).toBe(true);
    await session.page.getByTestId('perfume-result').first().getByTestId('perfume-link').click();
    await session.page.waitForURL(/\/perfumes\/\d+$/);
    await expect.poll(() => session.page.title()).toContain('Santal 33');
    seen.push({ path: 'perfume', title: await session.page.title(), description: await metaDescription() });

    for (const page of seen) {
      expect(page.title, page.path).toMatch(/\S/);
      expect(page.description, page.path).toMatch(/\S{2}/);
    }
    expect(new Set(seen.map((page) => page.title)).size).toBe(seen.length);
    expect(new Set(seen.map((page) => page.description)).size).toBe(seen.length);
  });
});
