import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningSystem, startSystem } from './system';

export const UI_TIMEOUT_MS = 20_000;

export interface PageSession {
  readonly system: RunningSystem;
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * For a describe block: one system (started with `env` on top of the test's own) and one browser
 * for the file, and a fresh browser context and page (desktop size, Korean until told otherwise)
 * for every test.
 */
export function usePageSession(env: Record<string, string> = {}): PageSession {
  let system: RunningSystem | undefined;
  let browser: Browser | null = null;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    system = await startSystem(env);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  beforeEach(async () => {
    if (!browser || !system) throw new Error('the system or the browser did not start');
    const fresh = await browser.newContext({ baseURL: system.webUrl, viewport: { width: 1280, height: 900 } });
    fresh.setDefaultTimeout(UI_TIMEOUT_MS);
    context = fresh;
    page = await fresh.newPage();
    return () => fresh.close();
  });

  const started = <T>(value: T | undefined | null, what: string): T => {
    if (!value) throw new Error(`${what} is not started`);
    return value;
  };
  return {
    get system() {
      return started(system, 'the system');
    },
    get context() {
      return started(context, 'the browser context');
    },
    get page() {
      return started(page, 'the page');
    },
  };
}
