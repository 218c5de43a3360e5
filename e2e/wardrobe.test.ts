import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { logInAndReturn, signUpThroughApi } from './support/memberSteps';
import { type PageSession, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/wardrobe.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const FLOW_TIMEOUT_MS = 180_000;
const COLLECTOR = { email: 'collector@scentence.test', password: 'Wardrobe-keeper-1!', nickname: '향수수집가' };
const STATES = ['have', 'wish', 'had'] as const;

interface EntryFacts {
  perfumeId: string;
  state: string;
  preference: string;
  rating: string;
  memo: string;
}

/** A fresh account, signed in and on its (empty) wardrobe page. */
async function freshWardrobe(session: PageSession, nickname: string): Promise<typeof COLLECTOR> {
  const account = { email: `${nickname.toLowerCase()}@scentence.test`, password: 'Fresh-start-9!', nickname };
  await signUpThroughApi(session, account);
  await session.page.goto('/wardrobe');
  await logInAndReturn(session.page, account, '/wardrobe');
  await session.page.getByTestId('wardrobe-page').waitFor();
  return account;
}

async function count(page: Page, state: (typeof STATES)[number]): Promise<number> {
  const badge = page.getByTestId(`wardrobe-count-${state}`);
  await badge.waitFor();
  return Number(await badge.getAttribute('data-count'));
}

async function openTab(page: Page, state: (typeof STATES)[number]): Promise<void> {
  await page.getByTestId(`wardrobe-tab-${state}`).click();
  await page.locator(`[data-testid="wardrobe-panel"][data-state="${state}"][aria-busy="false"]`).waitFor();
}

function entry(page: Page, name: string) {
  return page.getByTestId('wardrobe-entry').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Everything the collection shows about each perfume, tab by tab. */
async function collectionOf(page: Page): Promise<EntryFacts[]> {
  const facts: EntryFacts[] = [];
  for (const state of STATES) {
    await openTab(page, state);
    if ((await count(page, state)) === 0) continue;
    await page.getByTestId('wardrobe-entries').waitFor();
    for (const item of await page.getByTestId('wardrobe-entry').all()) {
      facts.push({
        perfumeId: (await item.getAttribute('data-perfume-id')) ?? '',
        state: (await item.getAttribute('data-state')) ?? '',
        preference: (await item.getAttribute('data-preference')) ?? '',
        rating: (await item.getAttribute('data-rating')) ?? '',
        memo: (await item.getByTestId('entry-memo-text').getAttribute('data-memo')) ?? '',
      });
    }
  }
  return facts.sort((a, b) => Number(a.perfumeId) - Number(b.perfumeId));
}

async function download(page: Page, testId: string): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
}

describe.skipIf(!hasChromium)('the wardrobe in a browser', () => {
  const session = usePageSession();

  it(
    'adds from the search box and a perfume page, moves, rates, uses up and removes, and the taste and "for you" follow',
    async () => {
      const { page } = session;
      await signUpThroughApi(session, COLLECTOR);

      // A guest is sent to log in and comes back to the wardrobe, which the header then links to.
      await page.goto('/wardrobe');
      await logInAndReturn(page, COLLECTOR, '/wardrobe');
      await page.getByTestId('wardrobe-empty').waitFor();
      expect(await page.getByTestId('nav-wardrobe').getAttribute('aria-current')).toBe('page');
      await page.getByTestId('taste-empty').waitFor();
      await page.getByTestId('for-you-empty').waitFor();

      // Two perfumes in a row from one list of suggestions: it stays open between them.
      const input = page.getByTestId('wardrobe-add');
      await input.fill('le labo');
      const santal = page.getByRole('option').filter({ hasText: 'Santal 33' });
      await santal.click();
      await expect
        .poll(() => page.getByTestId('wardrobe-notice').textContent())
        .toBe('보유에 담았어요: 르라보 Santal 33');
      await santal.getByTestId('suggestion-state').waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const another = page.getByRole('option').filter({ hasText: 'Another 13' });
      for (let step = 0; step < 10 && (await another.getAttribute('aria-selected')) !== 'true'; step++) {
        await input.press('ArrowDown');
      }
      await input.press('Enter');
      await another.getByTestId('suggestion-state').waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => count(page, 'have')).toBe(2);
      await entry(page, 'Santal 33').waitFor();
      await entry(page, 'Another 13').waitFor();
      // Choosing one already in the wardrobe says so instead of adding it twice.
      await santal.click();
      await expect
        .poll(() => page.getByTestId('wardrobe-notice').textContent())
        .toBe('이미 보유 중이에요: 르라보 Santal 33');
      await input.press('Escape');

      // From a perfume page: its control shows the state, and the cards of the search know it too.
      await page.goto('/search?q=aventus');
      const aventusCard = page.getByTestId('perfume-result').filter({ hasText: 'Aventus' }).first();
      await aventusCard.getByTestId('perfume-link').click();
      await page.waitForURL(/\/perfumes\/\d+$/);
      const hero = page.getByTestId('perfume-page').getByTestId('wardrobe-control').first();
      await expect.poll(() => hero.getAttribute('data-state')).toBe('none');
      await hero.getByTestId('wardrobe-control-button').click();
      await hero.getByTestId('wardrobe-control-wish').click();
      await expect.poll(() => hero.getAttribute('data-state')).toBe('wish');
      expect(await hero.getByTestId('wardrobe-control-button').textContent()).toContain('위시');

      // One wardrobe.status call for the whole grid of results, not one per card.
      const statusCalls: string[] = [];
      page.on('request', (request) => {
        if (!request.headers().referer?.includes('/search?q=le%20labo')) return;
        const procedures = decodeURIComponent(new URL(request.url()).pathname).split(/[/,]/);
        for (const name of procedures) if (name === 'wardrobe.status') statusCalls.push(request.url());
      });
      await page.goto('/search?q=le%20labo');
      const santalCard = page.getByTestId('perfume-result').filter({ hasText: 'Santal 33' }).first();
      await expect.poll(() => santalCard.getByTestId('wardrobe-control').getAttribute('data-state')).toBe('have');
      const cards = await page.getByTestId('perfume-result').count();
      expect(cards).toBeGreaterThan(2);
      expect(statusCalls).toHaveLength(1);

      // Move, rate, like, write a memo.
      await page.goto('/wardrobe');
      await expect.poll(() => count(page, 'wish')).toBe(1);
      await entry(page, 'Another 13').getByTestId('entry-state').selectOption('wish');
      await expect.poll(() => count(page, 'have')).toBe(1);
      expect(await count(page, 'wish')).toBe(2);

      const santalEntry = entry(page, 'Santal 33');
      const rating = santalEntry.getByTestId('entry-rating-input');
      await rating.focus();
      await rating.press('End');
      await rating.press('ArrowLeft');
      await rating.blur();
      await expect.poll(() => santalEntry.getAttribute('data-rating')).toBe('9.5');
      expect(await santalEntry.getByTestId('entry-rating-value').textContent()).toBe('9.5 / 10');
      await santalEntry.getByRole('radio', { name: '좋아요', exact: true }).check();
      await expect.poll(() => santalEntry.getAttribute('data-preference')).toBe('good');
      await santalEntry.getByTestId('entry-memo-edit').click();
      await santalEntry.getByTestId('entry-memo-input').fill('비 오는 날 우디하게');
      await santalEntry.getByTestId('entry-memo-save').click();
      await expect.poll(() => santalEntry.getByTestId('entry-memo-text').textContent()).toBe('비 오는 날 우디하게');

      // A liked perfume gives the taste its shape and "for you" its picks, none already in the wardrobe.
      const chart = page.getByTestId('taste-chart');
      await expect.poll(() => chart.getAttribute('data-accords'), { timeout: 20_000 }).toContain('woody');
      await page.getByTestId('taste-radar').waitFor();
      const firstTaste = await chart.getAttribute('data-profile');
      await page.getByTestId('for-you').waitFor();
      const reasons = await page.getByTestId('for-you-reason').allTextContents();
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toMatch(/[가-힣]/);
      const picks = await page
        .getByTestId('for-you-perfume')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-perfume-id')));
      const santalId = await santalEntry.getAttribute('data-perfume-id');
      expect(picks).not.toContain(santalId);
      const firstPicks = picks.join(',');

      // "I used it up" moves Aventus to HAD with how it was liked.
      await openTab(page, 'wish');
      const aventus = entry(page, 'Aventus');
      await aventus.getByTestId('entry-use-up').click();
      const useUp = page.getByTestId('use-up-dialog');
      await useUp.getByRole('radio', { name: '좋아요', exact: true }).check();
      await useUp.getByTestId('use-up-dialog-confirm').click();
      await expect.poll(() => count(page, 'had')).toBe(1);
      await openTab(page, 'had');
      expect(await entry(page, 'Aventus').getAttribute('data-preference')).toBe('good');
      await expect.poll(() => chart.getAttribute('data-profile')).not.toBe(firstTaste);
      await expect
        .poll(async () =>
          (
            await page
              .getByTestId('for-you-perfume')
              .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-perfume-id')))
          ).join(','),
        )
        .not.toBe(firstPicks);

      // Delete for good, after saying yes.
      await openTab(page, 'wish');
      await entry(page, 'Another 13').getByTestId('entry-remove').click();
      const remove = page.getByTestId('remove-dialog');
      await remove.getByRole('button', { name: '취소' }).click();
      expect(await count(page, 'wish')).toBe(1);
      await entry(page, 'Another 13').getByTestId('entry-remove').click();
      await remove.getByTestId('remove-dialog-confirm').click();
      await expect.poll(() => count(page, 'wish')).toBe(0);
      await expect.poll(() => entry(page, 'Another 13').count()).toBe(0);

      // The same control on a card takes a perfume out of the wardrobe.
      await page.goto('/search?q=santal%2033');
      const card = page.getByTestId('perfume-result').filter({ hasText: 'Santal 33' }).first();
      const control = card.getByTestId('wardrobe-control');
      await expect.poll(() => control.getAttribute('data-state')).toBe('have');
      await control.getByTestId('wardrobe-control-button').press('ArrowDown');
      await control.getByTestId('wardrobe-control-menu').waitFor();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.getByTestId('wardrobe-control-confirm-confirm').click();
      await expect.poll(() => control.getAttribute('data-state')).toBe('none');

      // Put it back (in HAVE, liked and rated) for the export test below.
      await control.getByTestId('wardrobe-control-button').click();
      await control.getByTestId('wardrobe-control-have').click();
      await expect.poll(() => control.getAttribute('data-state')).toBe('have');
      await page.reload();
      await expect.poll(() => control.getAttribute('data-state')).toBe('have');
      await page.goto('/wardrobe');
      await entry(page, 'Santal 33').getByRole('radio', { name: '좋아요', exact: true }).check();
      await expect.poll(() => entry(page, 'Santal 33').getAttribute('data-preference')).toBe('good');
      await page.reload();
      await expect.poll(() => entry(page, 'Santal 33').getAttribute('data-preference')).toBe('good');
    },
    FLOW_TIMEOUT_MS,
  );

  it('sends a guest who presses "add to wardrobe" to log in and back to the same page', async () => {
    const { page } = session;
    await page.goto('/search?q=rose%2031');
    await page.getByTestId('perfume-result').filter({ hasText: 'Rose 31' }).first().getByTestId('perfume-link').click();
    await page.waitForURL(/\/perfumes\/\d+$/);
    const perfumePath = new URL(page.url()).pathname;
    const hero = page.getByTestId('perfume-page').getByTestId('wardrobe-control').first();
    await hero.getByTestId('wardrobe-control-button').click();
    await logInAndReturn(page, COLLECTOR, perfumePath);
    const control = page.getByTestId('perfume-page').getByTestId('wardrobe-control').first();
    await control.getByTestId('wardrobe-control-button').click();
    await control.getByTestId('wardrobe-control-wish').click();
    await expect.poll(() => control.getAttribute('data-state')).toBe('wish');
    // The button shows the choice at once; after a reload it shows what the server kept.
    await page.reload();
    await expect.poll(() => control.getAttribute('data-state')).toBe('wish');
  });

  it(
    'exports the collection as CSV and JSON, and either file gives a fresh account the same collection',
    async () => {
      const { page } = session;
      await page.goto('/wardrobe');
      await logInAndReturn(page, COLLECTOR, '/wardrobe');
      // The guest test above left Rose 31 in WISH: wait until the tabs show all three states.
      for (const state of STATES) await expect.poll(() => count(page, state)).toBeGreaterThan(0);
      const original = await collectionOf(page);
      expect(original.map(({ state }) => state).sort()).toEqual(['had', 'have', 'wish']);

      const csv = await download(page, 'wardrobe-export-csv');
      expect(csv.name).toMatch(/\.csv$/);
      const json = await download(page, 'wardrobe-export-json');
      expect(json.name).toMatch(/\.json$/);
      expect(() => JSON.parse(json.content)).not.toThrow();

      for (const [file, nickname] of [
        [csv, 'csvcopy'],
        [json, 'jsoncopy'],
      ] as const) {
        await session.context.clearCookies();
        await freshWardrobe(session, nickname);
        await page.getByTestId('wardrobe-empty').waitFor();
        await page
          .getByTestId('wardrobe-import')
          .setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.content) });
        await expect
          .poll(() => page.getByTestId('wardrobe-import-result').textContent())
          .toBe(`가져왔어요: 새로 ${original.length}개, 바뀜 0개, 그대로 0개`);
        expect(await collectionOf(page)).toEqual(original);
      }

      // A file with a bad row is refused whole, and the row is named by its line and column.
      const unquote = (cell: string) => cell.replace(/^"(.*)"$/, '$1');
      const [header = '', firstRow = ''] = csv.content.replace(/^\uFEFF/, '').split(/\r?\n/);
      const columns = header.split(',').map(unquote);
      const firstId = unquote(firstRow.split(',')[columns.indexOf('perfume_id')] ?? '');
      const otherId = original.find(({ perfumeId }) => perfumeId !== firstId)?.perfumeId ?? '';
      const badRow = columns.map((column) => (column === 'perfume_id' ? otherId : column === 'state' ? 'owned' : ''));
      const broken = [header, firstRow, badRow.join(',')].join('\n');
      const before = await collectionOf(page);
      await page
        .getByTestId('wardrobe-import')
        .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
      const problems = page.getByTestId('wardrobe-import-problems');
      await problems.waitFor();
      expect(await problems.locator('li').first().getAttribute('data-line')).toBe('3');
      expect(await problems.locator('li').first().textContent()).toContain('3번째 줄 (state)');
      expect(await collectionOf(page)).toEqual(before);
    },
    FLOW_TIMEOUT_MS,
  );
});
