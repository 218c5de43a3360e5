import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { type PageSession, UI_TIMEOUT_MS, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/map.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const FLOW_TIMEOUT_MS = 240_000;
/** A fresh system computes its first map after it starts; the page waits for it. */
const FIRST_MAP_TIMEOUT_MS = 120_000;
const MEMBER = { email: 'map-member@scentence.test', password: 'Map-member-5!', nickname: '지도회원' };

const DRAWN = '[data-testid="map-canvas"][data-state="drawn"]';

/** Asks again until the page shows it (a flight, a filter and a request each take a moment). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: UI_TIMEOUT_MS, interval: 100 });

async function drawnCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('map-drawn-count').getAttribute('data-count'));
}

async function openMap(page: Page): Promise<void> {
  await page.goto('/map');
  await page.locator(DRAWN).waitFor({ timeout: FIRST_MAP_TIMEOUT_MS });
  await poll(() => drawnCount(page)).toBeGreaterThan(0);
}

/** The canvas's middle, in page coordinates: where a flight puts its perfume. */
async function canvasMiddle(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('map-canvas').boundingBox();
  if (!box) throw new Error('the map canvas has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Finds a perfume with the map's search and lets the map fly to it. */
async function flyTo(page: Page, name: string): Promise<void> {
  const search = page.getByTestId('map-search');
  await search.fill(name);
  await page.getByTestId('map-search-list').getByRole('option').filter({ hasText: name }).first().click();
  await poll(() => page.getByTestId('map-details-perfume').getAttribute('data-perfume-id')).toMatch(/^\d+$/);
}

/**
 * Points the mouse at the canvas's middle until the hover card shows the same perfume twice in a
 * row: the flight may still be landing (slowly, on a busy machine), moving points under the pointer.
 */
async function hoverMiddle(page: Page): Promise<void> {
  const middle = await canvasMiddle(page);
  const card = page.getByTestId('map-hover-card');
  let previous: string | null = null;
  await poll(async () => {
    await page.waitForTimeout(150);
    await page.mouse.move(middle.x - 1, middle.y);
    await page.mouse.move(middle.x, middle.y);
    const pointed = (await card.isVisible()) ? await card.getAttribute('data-perfume-id') : null;
    const settled = pointed !== null && pointed === previous;
    previous = pointed;
    return settled;
  }).toBe(true);
}

async function signUpWithSantal(session: PageSession): Promise<void> {
  const { backendUrl, scentmapUrl } = session.system;
  const json = { 'content-type': 'application/json' };
  const signUp = await fetch(`${backendUrl}/api/members`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(MEMBER),
  });
  expect(signUp.status).toBe(200);
  const signIn = await fetch(`${backendUrl}/api/auth/token`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: MEMBER.email, password: MEMBER.password }),
  });
  const { tokens } = (await signIn.json()) as { tokens: { accessToken: string } };
  const found = (await (await fetch(`${scentmapUrl}/api/map/search?q=santal%2033`)).json()) as {
    items: { perfume: { id: number } }[];
  };
  const santal = found.items[0]?.perfume.id;
  const saved = await fetch(`${backendUrl}/api/wardrobe/perfumes/${santal}`, {
    method: 'PUT',
    headers: { ...json, authorization: `Bearer ${tokens.accessToken}` },
    body: JSON.stringify({ state: 'have', preference: 'good' }),
  });
  expect(saved.status).toBe(200);
}

describe.skipIf(!hasChromium)('the scent map (향수 지도)', () => {
  const session = usePageSession();

  it(
    'draws every perfume, zooms, filters, finds, shows and opens a perfume, and makes a scent type card',
    async () => {
      const { page } = session;
      await openMap(page);
      const total = await drawnCount(page);
      await poll(() => page.getByTestId('map-computed-at').textContent()).toContain('지도 계산 시각');

      // The wheel zooms in until the finer clusters are named.
      await poll(() => page.getByTestId('map-labels').getAttribute('data-level')).toBe('groups');
      const middle = await canvasMiddle(page);
      await page.mouse.move(middle.x, middle.y);
      await poll(async () => {
        await page.mouse.wheel(0, -240);
        return page.getByTestId('map-labels').getAttribute('data-level');
      }).toBe('clusters');

      // A filter draws fewer points: exactly as many as the service counts.
      await page.locator('[data-testid="map-filter-accord"][data-accord="woody"]').check();
      await poll(() => drawnCount(page)).toBeLessThan(total);
      await poll(async () => Number(await page.getByTestId('map-filter-matching').getAttribute('data-count'))).toBe(
        await drawnCount(page),
      );

      // The search flies to a perfume; pointing at it shows its card, with a name and a bottle.
      await flyTo(page, 'Santal 33');
      await poll(() => page.getByTestId('map-details-perfume').textContent()).toContain('상탈 33');
      await hoverMiddle(page);
      const hoverName = await page.getByTestId('map-hover-name').textContent();
      expect(hoverName?.trim().length).toBeGreaterThan(0);
      await poll(() => page.getByTestId('map-hover-card').getByTestId('perfume-bottle').count()).toBe(1);

      // A click opens the perfume under the pointer.
      const pointed = await page.getByTestId('map-hover-card').getAttribute('data-perfume-id');
      await page.mouse.click(middle.x, middle.y);
      await page.waitForURL(new RegExp(`/perfumes/${pointed}$`));

      // Back on the map, what was explored makes the scent type card.
      await page.goBack();
      await page.locator(DRAWN).waitFor();
      await poll(async () =>
        Number(await page.getByTestId('scent-type-explored').getAttribute('data-count')),
      ).toBeGreaterThan(0);
      await page.getByTestId('scent-type-create').click();
      const card = page.getByTestId('scent-type-card');
      await card.waitFor();
      expect((await page.getByTestId('scent-type-persona').textContent())?.trim().length).toBeGreaterThan(0);
      await poll(() => card.locator('.scent-card__accords li').count()).toBeGreaterThan(0);

      const download = await page.getByTestId('scent-type-download').getAttribute('href');
      const image = await page.request.get(download ?? '');
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');

      // The share link opens the card on its own page, with its own preview image.
      const shareUrl = await page.getByTestId('scent-type-link').inputValue();
      await page.goto(shareUrl);
      await page.getByTestId('scent-type-page').getByTestId('scent-type-card').waitFor();
      const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(preview).toContain('/map/card/');
      const previewImage = await page.request.get(preview ?? '');
      expect(previewImage.status()).toBe(200);
      expect(previewImage.headers()['content-type']).toBe('image/png');

      const altered = await page.goto(`${shareUrl.slice(0, -4)}xxxx`);
      expect(altered?.status()).toBe(404);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'switches to the fragrance wheel and back, keeping every perfume drawn',
    async () => {
      const { page } = session;
      await openMap(page);
      const total = await drawnCount(page);
      await page.getByTestId('map-layout-wheel').check();
      await poll(() => page.getByText('시트러스 → 플로럴 → 앰버 → 우디').isVisible()).toBe(true);
      await page.getByTestId('map-colour-accord').check();
      await poll(() => page.getByTestId('map-legend').locator('li').count()).toBeGreaterThan(1);
      expect(await drawnCount(page)).toBe(total);
      await page.getByTestId('map-layout-similarity').check();
      await poll(() => drawnCount(page)).toBe(total);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    "rings a member's own perfumes and marks the centre of their taste",
    async () => {
      const { page } = session;
      await signUpWithSantal(session);
      await page.goto('/login?callbackUrl=%2Fmap');
      await page.locator('#login-email').fill(MEMBER.email);
      await page.locator('#login-password').fill(MEMBER.password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(/\/map$/);
      await page.locator(DRAWN).waitFor();
      const item = page.getByTestId('map-wardrobe-item');
      await poll(() => item.count()).toBe(1);
      expect(await item.getAttribute('data-state')).toBe('have');
      await poll(() => page.getByTestId('map-wardrobe-marks').locator('circle').count()).toBe(1);
      await poll(() => page.getByTestId('map-taste-centre').count()).toBe(1);
    },
    FLOW_TIMEOUT_MS,
  );
});
