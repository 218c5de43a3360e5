import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { logInAndReturn, signUpThroughApi } from './support/memberSteps';
import { usePageSession } from './support/pageSession';
import { openPerfumeFromSearch } from './support/perfumeSteps';

if (!hasChromium)
  console.warn('e2e/securityHeaders.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const FLOW_TIMEOUT_MS = 240_000;
const FIRST_MAP_TIMEOUT_MS = 120_000;
const MEMBER = { email: 'headers@scentence.test', password: 'Headers-keeper-3!', nickname: '헤더회원' };

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Every policy violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return logged;
}

const directivesOf = (policy: string) =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

/** What a page's own response must say: the headers, and a nonce on each of its scripts. */
async function expectGuardedPage(response: Response | null, path: string): Promise<void> {
  if (!response) throw new Error(`${path} gave no response`);
  expect(response.status(), path).toBe(200);
  const headers = await response.allHeaders();
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
  // The tests serve over http: browsers would ignore HSTS there, and the server does not send it.
  expect(headers['strict-transport-security'], path).toBeUndefined();
  const directives = directivesOf(headers['content-security-policy'] ?? '');
  expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
  const scriptSources = directives.get('script-src') ?? [];
  expect(scriptSources, path).not.toContain("'unsafe-inline'");
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, `${path} has a nonce`).toBeTruthy();

  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
}

/** The page answered clicks: the language switch re-renders it in English. */
async function expectHydrated(page: Page): Promise<void> {
  await page.getByTestId('language-en').click();
  await page.locator('[data-testid="language-en"][aria-pressed="true"]').waitFor();
}

async function expectNoViolations(page: Page, logged: string[], path: string): Promise<void> {
  expect(await page.evaluate(() => window.__cspViolations), path).toEqual([]);
  expect(logged, path).toEqual([]);
}

describe.skipIf(!hasChromium)('security headers in a browser', () => {
  const session = usePageSession();

  it(
    'guards every kind of page with a nonce policy, and each still runs with nothing blocked',
    async () => {
      const { page } = session;
      const logged = await recordViolations(page);
      const perfumePath = await openPerfumeFromSearch(page, 'santal', 'Santal 33');
      const pages: [string, () => Promise<unknown>][] = [
        ['/', () => page.getByTestId('popular-perfume').first().waitFor()],
        ['/search?q=santal', () => page.getByTestId('perfume-result').first().waitFor()],
        [perfumePath, () => page.getByTestId('perfume-picture').first().waitFor()],
        ['/notes', () => page.locator('main h1').waitFor()],
        ['/layering', () => page.locator('main h1').waitFor()],
        ['/chat', () => page.locator('main h1').waitFor()],
        ['/login', () => page.locator('#login-email').waitFor()],
        [
          '/map',
          () =>
            page.locator('[data-testid="map-canvas"][data-state="drawn"]').waitFor({ timeout: FIRST_MAP_TIMEOUT_MS }),
        ],
      ];
      for (const [path, shown] of pages) {
        await page.context().clearCookies();
        await expectGuardedPage(await page.goto(path), path);
        await shown();
        await expectHydrated(page);
        await expectNoViolations(page, logged, path);
      }

      await page.context().clearCookies();
      await page.goto('/search');
      await page.getByTestId('search-input').fill('santa');
      await page.getByRole('option').first().waitFor();
      await expectNoViolations(page, logged, 'search suggestions');
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    "signs in with next-auth's cookies httpOnly and SameSite=Lax, and the signed-in wardrobe is guarded too",
    async () => {
      const { page, context } = session;
      const logged = await recordViolations(page);
      await signUpThroughApi(session, MEMBER);
      await page.goto('/wardrobe');
      await logInAndReturn(page, MEMBER, '/wardrobe');
      await page.getByTestId('wardrobe-page').waitFor();

      const cookies = await context.cookies();
      const sessionCookie = cookies.find((cookie) => cookie.name === 'next-auth.session-token');
      const csrfCookie = cookies.find((cookie) => cookie.name === 'next-auth.csrf-token');
      for (const cookie of [sessionCookie, csrfCookie]) {
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
        // Over http (these tests) a Secure cookie could not be kept; over https next-auth sets Secure.
        expect(cookie?.secure).toBe(false);
      }

      await expectGuardedPage(await page.goto('/wardrobe'), '/wardrobe');
      await page.getByTestId('wardrobe-page').waitFor();
      await expectHydrated(page);
      await expectNoViolations(page, logged, '/wardrobe');
    },
    FLOW_TIMEOUT_MS,
  );

  it('keeps the API proxy and the share images working, without a page policy on them', async () => {
    const { webUrl } = session.system;
    const api = await fetch(`${webUrl}/api/scentmap-health`);
    expect(api.status).toBe(200);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('content-security-policy')).toBeNull();

    const { page } = session;
    const perfumePath = await openPerfumeFromSearch(page, 'santal', 'Santal 33');
    const image = await fetch(`${webUrl}${perfumePath}/share.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
