import type { Page } from 'playwright-core';

/** Opens a perfume's page the way a reader finds it (its id is the catalog's business): returns its path. */
export async function openPerfumeFromSearch(page: Page, query: string, name: string): Promise<string> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.getByTestId('perfume-result').filter({ hasText: name }).first().getByTestId('perfume-link').click();
  await page.waitForURL(/\/perfumes\/\d+$/);
  return new URL(page.url()).pathname;
}
