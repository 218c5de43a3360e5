import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AxeFinding, axeViolations } from './support/axe';
import { hasChromium } from './support/browser';
import { signUpThroughApi } from './support/memberSteps';
import { usePageSession } from './support/pageSession';
import { openPerfumeFromSearch } from './support/perfumeSteps';

if (!hasChromium)
  console.warn('e2e/accessibility.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const ADMIN = { email: 'a11y-admin@scentence.test', password: 'Admin-pass-1!', nickname: '접근성관리자' };
const MEMBER = { email: 'a11y-member@scentence.test', password: 'Member-pass-7!', nickname: '접근성회원' };
const COLLECTOR = { email: 'a11y-wardrobe@scentence.test', password: 'Wardrobe-pass-3!', nickname: '접근성옷장' };
const SCAN_TIMEOUT_MS = 120_000;

const testId = (id: string) => `[data-testid="${id}"]`;

/** Every page, as a reader sees it once it has loaded, passes axe-core's WCAG 2.0/2.1 A and AA rules. */
describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2 A and AA)', () => {
  const session = usePageSession({ ADMIN_EMAILS: ADMIN.email });

  /** Waits until no part of the page is loading (a list refreshing fades its old items while it loads). */
  async function settled(): Promise<void> {
    await session.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    // A fade still running blends text with its background: scan the page as it comes to rest.
    await session.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  }

  /** Opens a page and waits until `ready` (a CSS selector) shows and the page's own requests are done. */
  async function open(path: string, ready: string): Promise<void> {
    await session.page.goto(path);
    await session.page.locator(ready).first().waitFor();
    await session.page.waitForLoadState('networkidle');
    await settled();
  }

  async function expectNoViolations(page: Page, what: string): Promise<void> {
    const violations = await axeViolations(page);
    expect(violations, `${what} (${page.url()})`).toEqual([]);
  }

  /** A scent type card's share page: a guest's card from one explored perfume (the service's REST API). */
  async function scentTypeCardPath(perfumePath: string): Promise<string> {
    const explored = [Number(perfumePath.split('/').pop())];
    const response = await fetch(`${session.system.scentmapUrl}/api/map/scent-type`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ explored }),
    });
    expect(response.status).toBe(200);
    const card = (await response.json()) as { id: string };
    return `/map/card/${card.id}`;
  }

  /** The layering page of one perfume (its partners), and of it with Le Labo Bergamote 22 (the pair's analysis). */
  async function layeringPaths(perfumePath: string): Promise<{ partners: string; pair: string }> {
    const response = await fetch(`${session.system.backendUrl}/api/search/suggest?q=bergamote%2022&limit=5`);
    const { perfumes } = (await response.json()) as { perfumes: { id: number; name: string }[] };
    const partner = perfumes.find((perfume) => perfume.name === 'Bergamote 22');
    const partners = `/layering?a=${perfumePath.split('/').pop()}`;
    return { partners, pair: `${partners}&b=${partner?.id}` };
  }

  async function logIn(account: typeof MEMBER): Promise<void> {
    await session.page.goto('/login');
    await session.page.locator('#login-email').fill(account.email);
    await session.page.locator('#login-password').fill(account.password);
    await session.page.getByTestId('login-submit').click();
    await session.page.waitForURL(/\/me$/);
  }

  it(
    'finds nothing on the catalog pages in Korean',
    async () => {
      const perfume = await openPerfumeFromSearch(session.page, 'santal 33', 'Santal 33');
      const scentTypeCard = await scentTypeCardPath(perfume);
      const layering = await layeringPaths(perfume);
      const pages: [string, string, string][] = [
        ['home', '/', testId('popular-perfume')],
        [
          'search with results and filters',
          '/search?q=santal&accords=woody&notes=sandalwood',
          testId('perfume-result'),
        ],
        ['perfume', perfume, testId('perfume-page')],
        ['note', '/notes/sandalwood', testId('note-page')],
        ['accord', '/accords/woody', testId('accord-page')],
        ['brand', '/brands/le-labo', testId('brand-page')],
        ['notes index', '/notes', testId('note-family-group')],
        ['accords index', '/accords', testId('accord-tile')],
        ['scent map', '/map', '[data-testid="map-canvas"][data-state="drawn"]'],
        ['scent type card', scentTypeCard, testId('scent-type-card')],
        ['layering partners', layering.partners, testId('partner')],
        ['layering pair', layering.pair, testId('pair-card')],
        ['chat', '/chat', testId('chat-examples')],
        ['login', '/login', testId('login-submit')],
        ['sign-up', '/signup', testId('signup-submit')],
        ['not found', '/no-such-page', 'h1'],
        ['brand not found', '/brands/no-such-house', testId('not-found')],
      ];
      // Scanned all before judging, so one run names every page at fault.
      const found: { page: string; violations: AxeFinding[] }[] = [];
      for (const [what, path, ready] of pages) {
        await open(path, ready);
        found.push({ page: what, violations: await axeViolations(session.page) });
      }
      expect(found.filter((page) => page.violations.length > 0)).toEqual([]);
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'finds nothing with the search suggestions and the phone filter sheet open',
    async () => {
      await open('/search', testId('search-input'));
      await session.page.getByTestId('search-input').fill('santa');
      await session.page.getByRole('option').first().waitFor();
      await settled();
      await expectNoViolations(session.page, 'search suggestions');

      await session.page.setViewportSize({ width: 390, height: 844 });
      await open('/search?q=santal&accords=woody', testId('perfume-result'));
      await session.page.getByTestId('filter-sheet-open').click();
      await session.page.getByTestId('filter-sheet').waitFor();
      await expectNoViolations(session.page, 'filter sheet');
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'finds nothing on the search and perfume pages in English',
    async () => {
      await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl }]);
      const perfume = await openPerfumeFromSearch(session.page, 'santal 33', 'Santal 33');
      await open('/search?q=santal&accords=woody', testId('perfume-result'));
      await expectNoViolations(session.page, 'English search');
      await open(perfume, testId('perfume-page'));
      await expectNoViolations(session.page, 'English perfume page');
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    "finds nothing on a member's page and on the admin page",
    async () => {
      await signUpThroughApi(session, MEMBER);
      await signUpThroughApi(session, ADMIN);
      await logIn(MEMBER);
      await open('/me', testId('account-nickname'));
      await expectNoViolations(session.page, 'my page');

      await session.context.clearCookies();
      await logIn(ADMIN);
      await open('/admin', testId('admin-member-row'));
      await expectNoViolations(session.page, 'admin');
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'finds nothing on the wardrobe, empty and filled, and with its menus and dialogs open',
    async () => {
      await signUpThroughApi(session, COLLECTOR);
      await logIn(COLLECTOR);
      await open('/wardrobe', testId('for-you-empty'));
      await expectNoViolations(session.page, 'empty wardrobe');

      const add = session.page.getByTestId('wardrobe-add');
      await add.fill('santal 33');
      await session.page.getByRole('option').filter({ hasText: 'Santal 33' }).click();
      await session.page.getByRole('option').getByTestId('suggestion-state').waitFor();
      await expectNoViolations(session.page, 'wardrobe suggestions');
      await add.press('Escape');
      const entry = session.page.getByTestId('wardrobe-entry').first();
      await entry.getByRole('radio', { name: '좋아요', exact: true }).check();
      await open('/wardrobe', testId('for-you-perfume'));
      await session.page.getByTestId('taste-radar').waitFor();
      await expectNoViolations(session.page, 'wardrobe with a liked perfume');

      await session.page.getByTestId('wardrobe-view-list').click();
      await session.page.getByTestId('wardrobe-entry').first().getByTestId('entry-memo-edit').click();
      await expectNoViolations(session.page, 'wardrobe list with a memo being written');
      await session.page.getByTestId('wardrobe-entry').first().getByTestId('entry-use-up').click();
      await session.page.getByTestId('use-up-dialog').waitFor();
      await expectNoViolations(session.page, 'use-up dialog');
      await session.page.keyboard.press('Escape');

      const control = session.page.getByTestId('for-you-perfume').first().getByTestId('wardrobe-control');
      await control.getByTestId('wardrobe-control-button').click();
      await control.getByTestId('wardrobe-control-menu').waitFor();
      await expectNoViolations(session.page, 'add-to-wardrobe menu');
    },
    SCAN_TIMEOUT_MS,
  );
});
