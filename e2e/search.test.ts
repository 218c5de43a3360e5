import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { UI_TIMEOUT_MS, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/search.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('home and search pages in a browser', () => {
  const session = usePageSession();

  async function totalShown(): Promise<number> {
    return Number(await session.page.getByTestId('search-total').getAttribute('data-total'));
  }

  it('speaks Korean first and English after the switch, and remembers the choice', async () => {
    await session.page.goto('/');
    await expect(session.page.getByTestId('home-heading').textContent()).resolves.toContain('어울리는 향수');
    expect(await session.page.locator('html').getAttribute('lang')).toBe('ko');
    await session.page.getByTestId('popular-perfume').first().waitFor();
    expect(await session.page.getByTestId('popular-perfume').count()).toBe(8);

    await session.page.getByTestId('language-en').click();
    await session.page.getByRole('heading', { name: 'Describe the scents you love' }).waitFor();
    expect(await session.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await session.page.getByRole('link', { name: 'Search', exact: true }).count()).toBe(1);

    await session.page.reload();
    await expect(session.page.getByTestId('home-heading').textContent()).resolves.toContain(
      'Describe the scents you love',
    );
  });

  it('finds Santal 33 by Le Labo with its accord bars, and a gender filter changes the total', async () => {
    await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl ?? '' }]);
    await session.page.goto('/');
    await session.page.getByTestId('home-search-input').fill('santal');
    await session.page.getByTestId('home-search-input').press('Enter');
    await session.page.waitForURL(/\/search\?q=santal$/);

    const santal = session.page.getByTestId('perfume-result').filter({ hasText: 'Santal 33' });
    await santal.waitFor();
    expect(await santal.getByTestId('perfume-brand').textContent()).toBe('Le Labo');
    const bars = santal.getByTestId('accord-bar');
    expect(await bars.count()).toBeGreaterThan(1);
    expect(await bars.first().getByText('Woody', { exact: true }).isVisible()).toBe(true);
    // Each bar is as wide as its accord is strong: the strongest fills its track, a 55 fills about half.
    for (const bar of await bars.all()) {
      const strength = Number(await bar.getAttribute('data-strength'));
      const fill = await bar.getByTestId('accord-bar-fill').boundingBox();
      const track = await bar.getByTestId('accord-bar-fill').locator('..').boundingBox();
      expect(fill && track ? fill.width / track.width : 0).toBeCloseTo(strength / 100, 1);
    }

    const unfiltered = await totalShown();
    expect(unfiltered).toBeGreaterThan(1);
    await session.page.getByTestId('filter-gender-masculine').click();
    await session.page.waitForURL(/gender=masculine/);
    await expect.poll(totalShown, { timeout: UI_TIMEOUT_MS }).not.toBe(unfiltered);
    const filtered = await totalShown();
    expect(filtered).toBeLessThan(unfiltered);
    expect(await session.page.getByTestId('search-total').textContent()).toContain(String(filtered));
    const shown = await session.page.getByTestId('perfume-result').allTextContents();
    expect(shown.length).toBe(Math.min(filtered, 20));
    for (const card of shown) expect(card).toContain('Masculine');
    expect(shown.some((card) => card.includes('Santal 33'))).toBe(false);
  });

  it('understands "우디" as the woody accord: a removable chip, and the woody perfumes', async () => {
    await session.page.goto('/search');
    await session.page.getByTestId('search-input').fill('우디');
    // The reader has seen the suggestions and closes them to look at the results.
    await session.page.getByTestId('search-input').press('Escape');
    const chip = session.page.locator('[data-testid="active-filter-chip"][data-chip="understood:accord:woody"]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('우디');
    expect(await chip.getAttribute('aria-label')).toBe('우디 빼기');
    await session.page.waitForURL(/\/search\?q=%EC%9A%B0%EB%94%94$/);
    await expect.poll(totalShown, { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(100);
    const woody = await totalShown();
    // The strongest woody perfumes first: every card on the first page carries the accord.
    const cards = session.page.getByTestId('perfume-result');
    expect(await cards.count()).toBe(20);
    for (const card of await cards.all()) {
      expect(await card.locator('[data-testid="accord-bar"][data-accord="woody"]').count()).toBe(1);
    }

    // Taking the chip off searches the same words again, read as a name this time.
    await chip.click();
    await session.page.waitForURL(/ignore=accord:woody/);
    await expect.poll(totalShown, { timeout: UI_TIMEOUT_MS }).toBeLessThan(woody);
    expect(await chip.count()).toBe(0);
    await expect(session.page.getByTestId('search-input').inputValue()).resolves.toBe('우디');
  });

  it('finds Dior Sauvage first for "쏘바쥬", and shows "남자 향수" as a gender chip in English', async () => {
    await session.page.goto('/search');
    await session.page.getByTestId('search-input').fill('쏘바쥬');
    const first = session.page.getByTestId('perfume-result').first();
    await expect
      .poll(() => first.getByTestId('perfume-name').textContent(), { timeout: UI_TIMEOUT_MS })
      .toBe('Sauvage');
    expect(await first.getByTestId('perfume-brand').textContent()).toBe('디올');
    expect(await session.page.getByTestId('active-filters').count()).toBe(0);

    await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl ?? '' }]);
    await session.page.goto('/search?q=%EB%82%A8%EC%9E%90%20%ED%96%A5%EC%88%98');
    const chip = session.page.locator('[data-chip="understood:gender:masculine"]');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Masculine');
    for (const card of await session.page.getByTestId('perfume-result').allTextContents())
      expect(card).toContain('Masculine');
  });

  it('offers "did you mean" for a misspelt name, as a link that searches it', async () => {
    await session.page.goto('/search?q=sauvge');
    const suggestion = session.page.getByTestId('did-you-mean');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe('혹시 이 향수를 찾으셨나요? Dior Sauvage');
    await suggestion.getByRole('link', { name: 'Dior Sauvage' }).click();
    await session.page.waitForURL(/\/search\?q=Dior\+Sauvage$/);
    // The box follows the address a moment after it changes.
    await expect
      .poll(() => session.page.getByTestId('search-input').inputValue(), { timeout: UI_TIMEOUT_MS })
      .toBe('Dior Sauvage');
    await expect.poll(() => suggestion.count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    expect(await session.page.getByTestId('perfume-result').first().getByTestId('perfume-name').textContent()).toBe(
      'Sauvage',
    );
  });

  it('shows a shared search link with its filters, in Korean brand names', async () => {
    await session.page.goto('/search?q=santal&accords=woody');
    await expect(session.page.getByTestId('search-input').inputValue()).resolves.toBe('santal');
    expect(await session.page.getByTestId('filter-accord-woody').getAttribute('aria-pressed')).toBe('true');
    const santal = session.page.getByTestId('perfume-result').filter({ hasText: 'Santal 33' });
    await santal.waitFor();
    expect(await santal.getByTestId('perfume-brand').textContent()).toBe('르라보');
  });
});
