import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageSession } from './pageSession';

export interface TestAccount {
  email: string;
  password: string;
  nickname: string;
}

/** Creates the account through the backend's REST API (the sign-up form has tests of its own). */
export async function signUpThroughApi(session: PageSession, account: TestAccount): Promise<void> {
  const response = await fetch(`${session.system.backendUrl}/api/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  expect(response.status).toBe(200);
}

/** Fills the login form the page was sent to, and waits to be sent back to `returnPath`. */
export async function logInAndReturn(page: Page, account: TestAccount, returnPath: string): Promise<void> {
  await page.waitForURL(/\/login\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(returnPath);
  await page.locator('#login-email').fill(account.email);
  await page.locator('#login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === returnPath);
}
