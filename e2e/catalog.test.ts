import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { usePageSession } from './support/pageSession';
import { openPerfumeFromSearch } from './support/perfumeSteps';

/** Santal 33's description, as the page writes it from the shipped catalog's data. */
const SANTAL_DESCRIPTION_KO =
  '우디와 레더 계열에 스파이시 느낌이 더해진 향이에요. ' +
  '카다멈과 바이올렛으로 시작해, 아이리스와 파피루스가 중심을 이루고, 샌달우드, 시더우드와 레더가 잔향으로 남아요. ' +
  '가을과 겨울에 특히 잘 어울리고, 성별에 관계없이 쓰기 좋아요.';
const SANTAL_DESCRIPTION_EN =
  'It is woody and leathery in character, with spicy facets. ' +
  'It opens with cardamom and violet, has iris and papyrus at its heart, and settles on sandalwood, cedar and leather. ' +
  'It is at its best in fall and winter and suits anyone.';

if (!hasChromium)
  console.warn('e2e/catalog.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('perfume, note and accord pages in a browser', () => {
  const session = usePageSession();
  let santalPath = '';

  async function useEnglish(): Promise<void> {
    await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl ?? '' }]);
  }

  /** Santal 33's page, found the way a reader finds it (its id is the catalog's business). */
  async function openSantal(): Promise<void> {
    if (!santalPath) {
      santalPath = await openPerfumeFromSearch(session.page, 'santal 33', 'Santal 33');
    } else {
      await session.page.goto(santalPath);
    }
    await session.page.getByTestId('perfume-page').waitFor();
  }

  it('suggests as the reader types, and ↓ + Enter opens the chosen perfume', async () => {
    await session.page.goto('/search');
    const input = session.page.getByTestId('search-input');
    await input.fill('santa');
    const santal = session.page.getByRole('option').filter({ hasText: 'Santal 33' });
    await santal.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // Each suggested perfume shows its own small bottle, the one its page shows.
    const suggestedBottle = santal.getByTestId('perfume-bottle');
    expect(await suggestedBottle.isVisible()).toBe(true);
    const drawnInSuggestion = await suggestedBottle.innerHTML();
    // Perfumes, a brand (Santa Maria Novella) and a note (sandalwood) are all offered.
    expect(await session.page.getByRole('option').filter({ hasText: '산타 마리아 노벨라' }).count()).toBeGreaterThan(0);
    expect(await session.page.getByRole('option').filter({ hasText: '샌달우드' }).count()).toBeGreaterThan(0);

    await input.press('ArrowDown');
    expect(await santal.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await santal.getAttribute('id'));
    await input.press('Enter');
    await session.page.waitForURL(/\/perfumes\/\d+$/);
    expect(await session.page.getByTestId('perfume-page-name').textContent()).toBe('Santal 33');
    await expect.poll(() => session.page.title(), { timeout: 10_000 }).toContain('Santal 33');
    expect(await session.page.getByRole('img', { name: '르라보 상탈 33 병 그림' }).innerHTML()).toBe(drawnInSuggestion);
  });

  it('Escape closes the suggestions and keeps the text; choosing a brand opens its page', async () => {
    await session.page.goto('/search');
    const input = session.page.getByTestId('search-input');
    await input.fill('le lab');
    const brand = session.page.locator('[role="option"][data-kind="brand"]').filter({ hasText: '르라보' });
    await brand.waitFor();
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('le lab');

    await input.press('ArrowDown');
    await brand.waitFor();
    await brand.click();
    await session.page.waitForURL(/\/brands\/le-labo$/);
    expect(await session.page.getByTestId('brand-title').textContent()).toBe('르라보');
    const brands = await session.page.getByTestId('brand-perfumes-item').getByTestId('perfume-brand').allTextContents();
    expect(brands.length).toBeGreaterThan(1);
    for (const name of brands) expect(name).toBe('르라보');
  });

  it('shows a perfume: pyramid, accord bars, seasons, longevity and similar perfumes with a reason', async () => {
    await openSantal();
    expect(await session.page.getByTestId('perfume-page-brand').textContent()).toBe('르라보');
    expect(await session.page.getByTestId('perfume-facts').textContent()).toContain('오 드 퍼퓸');
    expect(await session.page.getByTestId('perfume-perfumers').textContent()).toContain('Frank Voelkl');

    const pyramid = session.page.getByTestId('note-pyramid');
    for (const heading of ['탑 노트', '미들 노트', '베이스 노트']) {
      expect(await pyramid.getByRole('heading', { name: heading }).isVisible()).toBe(true);
    }
    const base = pyramid.locator('[data-position="base"]');
    expect(await base.getByTestId('note-link').allTextContents()).toContain('샌달우드');

    const bars = session.page.getByTestId('perfume-accords').getByTestId('accord-bar');
    expect(await bars.count()).toBeGreaterThan(2);
    expect(await bars.first().getByTestId('accord-link').textContent()).toContain('우디');
    const strengths = await bars.evaluateAll((items) =>
      items.map((item) => Number(item.getAttribute('data-strength'))),
    );
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));

    expect(await session.page.getByTestId('season-shares').getByTestId('share-bar').count()).toBeGreaterThan(0);
    expect(await session.page.getByTestId('longevity-reading').textContent()).toMatch(
      /^(매우 약함|약함|보통|오래 감|매우 오래 감) · \d\.\d\/5$/,
    );
    expect(await session.page.getByTestId('sillage-reading').textContent()).toMatch(/ · \d\.\d\/4$/);

    const similar = session.page.getByTestId('similar-perfume');
    expect(await similar.count()).toBeGreaterThan(2);
    expect(await similar.allTextContents()).not.toContainEqual(expect.stringContaining('Santal 33'));
    expect(await similar.first().getByTestId('similarity').textContent()).toMatch(/^유사도 \d{1,3}%$/);
    expect(await similar.first().getByTestId('similarity-reason').textContent()).toMatch(/공통 (어코드|노트): \S/);
  });

  it('describes the perfume in sentences, shows longevity and sillage as meters, and links its house and layering', async () => {
    await openSantal();
    expect(await session.page.getByTestId('perfume-description').textContent()).toBe(SANTAL_DESCRIPTION_KO);
    expect(await session.page.locator('meta[name="description"]').getAttribute('content')).toBe(
      `르라보 Santal 33 — ${SANTAL_DESCRIPTION_KO}`,
    );

    // Read-only meters on their own scales, not sliders.
    expect(await session.page.getByRole('slider').count()).toBe(0);
    const longevity = session.page.getByRole('meter', { name: '지속력' });
    const sillage = session.page.getByRole('meter', { name: '확산력' });
    const valuesOf = (meter: typeof longevity) =>
      meter.evaluate((element) =>
        ['aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext'].map((name) => element.getAttribute(name)),
      );
    expect(await valuesOf(longevity)).toEqual(['1', '5', '4', '오래 감 · 4.0/5']);
    expect(await valuesOf(sillage)).toEqual(['1', '4', '3', '강함 · 3.0/4']);
    // One segment per step, named; the steps up to the value filled.
    expect(await longevity.locator('.performance__step-name').allTextContents()).toEqual([
      '매우 약함',
      '약함',
      '보통',
      '오래 감',
      '매우 오래 감',
    ]);
    const fills = await longevity
      .locator('.performance__step')
      .evaluateAll((steps) => steps.map((step) => step.getAttribute('data-fill')));
    expect(fills).toEqual(['1', '1', '1', '1', '0']);
    expect(await sillage.locator('.performance__step-name').allTextContents()).toEqual([
      '은은함',
      '보통',
      '강함',
      '매우 강함',
    ]);

    const id = santalPath.split('/').at(-1);
    const layer = session.page.getByRole('link', { name: '레이어링 해보기' });
    expect(await layer.getAttribute('href')).toBe(`/layering?a=${id}`);

    const brand = session.page.getByTestId('perfume-page-brand');
    expect(await brand.getAttribute('href')).toBe('/brands/le-labo');
    await brand.click();
    await session.page.waitForURL(/\/brands\/le-labo$/);
    expect(await session.page.getByTestId('brand-title').textContent()).toBe('르라보');

    await useEnglish();
    await openSantal();
    expect(await session.page.getByTestId('perfume-description').textContent()).toBe(SANTAL_DESCRIPTION_EN);
    expect(await valuesOf(session.page.getByRole('meter', { name: 'Longevity' }))).toEqual([
      '1',
      '5',
      '4',
      'Long lasting · 4.0/5',
    ]);
    expect(await valuesOf(session.page.getByRole('meter', { name: 'Sillage' }))).toEqual([
      '1',
      '4',
      '3',
      'Strong · 3.0/4',
    ]);
    expect(await session.page.getByRole('link', { name: 'Layer this' }).getAttribute('href')).toBe(`/layering?a=${id}`);
  });

  it('draws every perfume its own bottle, the same wherever it appears, labelled with its name', async () => {
    await session.page.goto('/search?q=santal%2033');
    const santalCard = session.page.getByTestId('perfume-result').filter({ hasText: 'Santal 33' }).first();
    const cardBottle = santalCard.getByRole('img', { name: '르라보 상탈 33 병 그림' });
    const onCard = await cardBottle.innerHTML();

    await openSantal();
    const heroBottle = session.page.getByRole('img', { name: '르라보 상탈 33 병 그림' });
    expect(await heroBottle.isVisible()).toBe(true);
    // The label reads the Korean name on a Korean page, under the house.
    expect(await heroBottle.locator('text').allTextContents()).toEqual(['LE LABO', '상탈 33']);
    expect(await heroBottle.innerHTML()).toBe(onCard);

    // Another perfume has another bottle: not only another label, another shape or colour.
    const shapeOf = (bottle: typeof heroBottle) =>
      bottle
        .locator('path')
        .evaluateAll((paths) => paths.map((path) => `${path.getAttribute('d')} ${path.getAttribute('fill')}`));
    const similarBottle = session.page.getByTestId('similar-perfume').first().getByTestId('perfume-bottle');
    expect(await similarBottle.getAttribute('aria-label')).toMatch(/ 병 그림$/);
    expect(await shapeOf(similarBottle)).not.toEqual(await shapeOf(heroBottle));

    await useEnglish();
    await session.page.reload();
    expect(
      await session.page
        .getByRole('img', { name: 'Drawing of the Santal 33 bottle by Le Labo' })
        .locator('text')
        .allTextContents(),
    ).toEqual(['LE LABO', 'Santal 33']);
  });

  it("shows a perfume's own photo when it has one, and its bottle when the photo does not load", async () => {
    // The shipped catalog has no photos; an imported one may. Give the first two results one each.
    await session.page.route('**/api/trpc/backend/**', async (route) => {
      const response = await route.fetch();
      const batch: { result?: { data?: { items?: { id: number; imageUrl: string | null }[] } } }[] =
        await response.json();
      for (const answer of batch) {
        const [first, second] = answer.result?.data?.items ?? [];
        if (first && second) {
          first.imageUrl = `/perfumes/${first.id}/share.png`;
          second.imageUrl = '/no-such-photo.jpg';
        }
      }
      await route.fulfill({ response, json: batch });
    });
    await session.page.goto('/search?q=santal');
    const cards = session.page.getByTestId('perfume-result');
    const photo = cards.nth(0).getByTestId('perfume-photo');
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
      .toBe(true);
    expect(await photo.getAttribute('alt')).toMatch(/ 사진$/);
    expect(await cards.nth(0).getByTestId('perfume-bottle').count()).toBe(0);

    await cards.nth(1).getByTestId('perfume-bottle').waitFor();
    expect(await cards.nth(1).getByTestId('perfume-photo').count()).toBe(0);
  });

  it('shares the perfume page with its bottle as the preview image', async () => {
    await openSantal();
    const meta = (property: string) => session.page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:title')).toContain('Santal 33');
    expect(await meta('og:description')).toMatch(/르라보 Santal 33/);
    const imageUrl = (await meta('og:image')) ?? '';
    expect(new URL(imageUrl).origin).toBe(session.system.webUrl);
    expect(await meta('og:image:alt')).toBe('르라보 상탈 33 병 그림');

    const image = await session.page.request.get(imageUrl);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    // 1200 × 630, as og:image:width and og:image:height say.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await meta('og:image:width')).toBe('1200');

    const missing = await session.page.request.get('/perfumes/999999/share.png');
    expect(missing.status()).toBe(404);
  });

  it('sets Korean in Pretendard, served by the app itself', async () => {
    const fontRequests: string[] = [];
    session.page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await openSantal();
    await session.page.evaluate(() => document.fonts.ready);

    // The font Chromium actually drew the Korean brand name with.
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-testid="perfume-page-brand"]',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(await session.page.getByTestId('perfume-page-brand').textContent()).toBe('르라보');
    expect(fonts).toEqual([
      expect.objectContaining({ familyName: expect.stringMatching(/^Pretendard/), isCustomFont: true }),
    ]);

    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(new URL(url).origin).toBe(session.system.webUrl);
  });

  it('opens a note from the pyramid: Korean description, its perfumes, and more on demand', async () => {
    await openSantal();
    await session.page.getByTestId('note-pyramid').getByTestId('note-link').filter({ hasText: '샌달우드' }).click();
    await session.page.waitForURL(/\/notes\/sandalwood$/);
    expect(await session.page.getByTestId('note-title').textContent()).toBe('샌달우드');
    expect(await session.page.getByTestId('note-description').textContent()).toMatch(/[가-힣]{2,}.*나무 향/);
    expect(await session.page.getByTestId('note-family').textContent()).toContain('우디');
    const count = Number(await session.page.getByTestId('note-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(20);

    const cards = session.page.getByTestId('note-perfumes-item');
    expect(await cards.count()).toBe(20);
    expect(await cards.allTextContents()).toContainEqual(expect.stringContaining('Santal 33'));
    await session.page.getByTestId('note-perfumes-more').click();
    await expect.poll(() => cards.count()).toBe(Math.min(40, count));
    // Appended in place: still the same page, no duplicates.
    expect(session.page.url()).toMatch(/\/notes\/sandalwood$/);
    const ids = await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-perfume-id')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('opens an accord from its bar: description, the notes that build it, strongest perfumes first', async () => {
    await openSantal();
    await session.page.getByTestId('perfume-accords').getByTestId('accord-link').filter({ hasText: '우디' }).click();
    await session.page.waitForURL(/\/accords\/woody$/);
    expect(await session.page.getByTestId('accord-title').textContent()).toBe('우디');
    expect(await session.page.getByTestId('accord-description').textContent()).toMatch(/[가-힣]{2,}/);
    const notes = session.page.getByTestId('accord-notes').getByTestId('note-link');
    expect(await notes.count()).toBeGreaterThan(3);

    const woody = session.page
      .getByTestId('accord-perfumes-item')
      .locator('[data-testid="accord-bar"][data-accord="woody"]');
    const strengths = await woody.evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-strength'))));
    expect(strengths.length).toBeGreaterThan(5);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));

    await notes.first().click();
    await session.page.waitForURL(/\/notes\/[\w-]+$/);
    await session.page.getByTestId('note-page').waitFor();
  });

  it('answers an unknown perfume, note or accord with a 404 page', async () => {
    const perfume = await session.page.goto('/perfumes/999999');
    expect(perfume?.status()).toBe(404);
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('향수를 찾을 수 없어요');
    expect(await session.page.getByTestId('not-found').getByRole('link', { name: '향수 검색하기' }).count()).toBe(1);

    expect((await session.page.goto('/perfumes/not-a-number'))?.status()).toBe(404);
    expect((await session.page.goto('/notes/no-such-note'))?.status()).toBe(404);
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('노트를 찾을 수 없어요');
    expect((await session.page.goto('/accords/glitter'))?.status()).toBe(404);

    await useEnglish();
    await session.page.goto('/perfumes/999999');
    expect(await session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Perfume not found');
  });

  it('switches the perfume and note pages to English', async () => {
    await openSantal();
    await session.page.getByTestId('language-en').click();
    const pyramid = session.page.getByTestId('note-pyramid');
    await pyramid.getByRole('heading', { name: 'Top notes' }).waitFor();
    expect(await pyramid.getByRole('heading', { name: 'Heart notes' }).isVisible()).toBe(true);
    expect(await pyramid.getByRole('heading', { name: 'Base notes' }).isVisible()).toBe(true);
    expect(await session.page.getByTestId('perfume-page-brand').textContent()).toBe('Le Labo');
    expect(
      await session.page.getByTestId('perfume-accords').getByTestId('accord-link').first().textContent(),
    ).toContain('Woody');
    expect(await session.page.getByRole('heading', { name: 'Similar perfumes' }).isVisible()).toBe(true);
    expect(await session.page.getByTestId('similarity-reason').first().textContent()).toMatch(
      /Shared (accords|notes): [A-Z]/,
    );
    expect(await session.page.getByTestId('similarity').first().textContent()).toMatch(/^\d{1,3}% similar$/);
    expect(await session.page.getByTestId('longevity-reading').textContent()).toMatch(
      /^(Very weak|Weak|Moderate|Long lasting|Eternal) · \d\.\d\/5$/,
    );

    await pyramid.getByTestId('note-link').filter({ hasText: 'Sandalwood' }).click();
    await session.page.waitForURL(/\/notes\/sandalwood$/);
    expect(await session.page.getByTestId('note-title').textContent()).toBe('Sandalwood');
    expect(await session.page.getByTestId('note-description').textContent()).toMatch(/^[A-Z].*\bwood\b/);
    expect(await session.page.getByTestId('note-count').textContent()).toMatch(/^\d+ perfumes$/);
  });

  it('renders the perfume page without JavaScript', async () => {
    await openSantal();
    const path = new URL(session.page.url()).pathname;
    const noScript = await session.context
      .browser()
      ?.newContext({ baseURL: session.system.webUrl, javaScriptEnabled: false });
    if (!noScript) throw new Error('no browser');
    try {
      const plain = await noScript.newPage();
      await plain.goto(path);
      expect(await plain.getByTestId('perfume-page-name').textContent()).toBe('Santal 33');
      expect(await plain.getByTestId('note-tier').count()).toBe(3);
      expect(await plain.getByTestId('similar-perfume').count()).toBeGreaterThan(2);
      expect(await plain.getByRole('img', { name: '르라보 상탈 33 병 그림' }).isVisible()).toBe(true);
    } finally {
      await noScript.close();
    }
  });

  it('filters by included and excluded notes, year and order, all kept in the address', async () => {
    await session.page.goto('/notes/sandalwood');
    const carrying = Number(await session.page.getByTestId('note-count').getAttribute('data-count'));

    await session.page.goto('/search');
    await session.page.getByTestId('search-total').waitFor();
    const picker = session.page.getByTestId('filter-notes-input');
    await picker.fill('샌달');
    const option = session.page.locator('[role="option"][data-kind="note"]').filter({ hasText: '샌달우드' });
    await option.waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await session.page.waitForURL(/notes=sandalwood/);
    const total = () => session.page.getByTestId('search-total').getAttribute('data-total').then(Number);
    await expect.poll(total).toBe(carrying);
    expect(await session.page.getByTestId('filter-notes-chip').textContent()).toContain('샌달우드');

    const excluder = session.page.getByTestId('filter-exclude-notes-input');
    await excluder.fill('vanil');
    await session.page.locator('[role="option"][data-kind="note"]').filter({ hasText: '바닐라' }).click();
    await session.page.waitForURL(/excludeNotes=vanilla/);
    await expect.poll(total).toBeLessThan(carrying);

    const beforeYears = await total();
    await session.page.getByTestId('filter-year-from').fill('2010');
    await session.page.waitForURL(/yearFrom=2010/);
    await expect.poll(total).toBeLessThan(beforeYears);
    await session.page.getByTestId('search-sort').selectOption('oldest');
    await session.page.waitForURL(/sort=oldest/);

    // The years on the cards, once the results for the current address are in (not the previous ones kept on screen).
    const shownYears = async (): Promise<number[] | null> => {
      if ((await session.page.locator('.perfume-grid--stale').count()) > 0) return null;
      return (await session.page.getByTestId('perfume-result').allTextContents())
        .map((card) => Number(/(\d{4}) ·/.exec(card)?.[1]))
        .filter((year) => year > 0);
    };
    const inOrderFrom2010 = (years: number[] | null) =>
      years !== null &&
      years.length > 1 &&
      years.every((year, i) => year >= 2010 && (i === 0 || year >= (years[i - 1] ?? 0)));
    await expect.poll(async () => inOrderFrom2010(await shownYears())).toBe(true);
    expect(await session.page.getByTestId('perfume-result').count()).toBe(Math.min(20, await total()));

    // The address alone restores it all.
    await session.page.reload();
    // The chips show the slug until the note's name has loaded.
    await expect.poll(() => session.page.getByTestId('filter-notes-chip').textContent()).toContain('샌달우드');
    await expect.poll(() => session.page.getByTestId('filter-exclude-notes-chip').textContent()).toContain('바닐라');
    expect(await session.page.getByTestId('filter-year-from').inputValue()).toBe('2010');
    expect(await session.page.getByTestId('search-sort').inputValue()).toBe('oldest');
  });
});
