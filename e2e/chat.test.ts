import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { hasChromium } from './support/browser';
import { logInAndReturn, signUpThroughApi } from './support/memberSteps';
import { UI_TIMEOUT_MS, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/chat.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const FLOW_TIMEOUT_MS = 240_000;
const GUEST_MESSAGES_PER_DAY = 3;
const GUEST_COOKIE = 'scentence_chat_guest';
const CHATTER = { email: 'chatter@scentence.test', password: 'Chat-keeper-4!', nickname: '향수대화' };
const STRANGER = { email: 'stranger@scentence.test', password: 'Not-yours-8!', nickname: '남의대화' };
const REQUEST = '제가 쓸 여름 향수, 시원하고 깨끗한 느낌으로';
/** Server round trips on a busy machine: as long as any other wait of the page. */
const POLL = { timeout: UI_TIMEOUT_MS };
const STATUS_LINES = ['취향을 정리하는 중…', '향수를 고르는 중…', '레이어링을 살펴보는 중…', '답을 쓰는 중…'];

interface ShownCard {
  id: string;
  name: string;
}

declare global {
  interface Window {
    /** Every text the chat's status line showed, in order (recorded by the init script below). */
    chatStatuses: string[];
  }
}

/** Records the status line's texts as they appear: it is gone once the answer is complete. */
async function recordStatusLine(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.chatStatuses = [];
    new MutationObserver(() => {
      for (const line of document.querySelectorAll('[data-testid="chat-status"]')) {
        const text = line.textContent ?? '';
        if (text && window.chatStatuses.at(-1) !== text) window.chatStatuses.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits for the `count`-th answer to be complete (no answer being written), and returns its cards. */
async function answerCards(page: Page, count: number): Promise<ShownCard[]> {
  await expect.poll(() => page.getByTestId('chat-answer').count(), POLL).toBe(count);
  await page.getByTestId('chat-pending-answer').waitFor({ state: 'detached' });
  const answer = page.getByTestId('chat-answer').nth(count - 1);
  return answer.getByTestId('chat-card').evaluateAll((cards) =>
    cards.map((card) => ({
      id: card.getAttribute('data-perfume-id') ?? '',
      name: card.querySelector('[data-testid="chat-card-link"]')?.textContent ?? '',
    })),
  );
}

async function cardsInLog(page: Page): Promise<string[]> {
  return page
    .getByTestId('chat-log')
    .getByTestId('chat-card')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-perfume-id') ?? ''));
}

async function guestCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === GUEST_COOKIE);
}

async function sendInComposer(page: Page, text: string): Promise<void> {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-input').press('Enter');
}

describe.skipIf(!hasChromium)('the chat in a browser', () => {
  const session = usePageSession({ CHAT_GUEST_MESSAGES_PER_DAY: String(GUEST_MESSAGES_PER_DAY) });

  it(
    'recommends to a guest as the answer streams in, keeps the thread after signing in, saves a pick, renames and deletes',
    async () => {
      const { page, context } = session;
      await recordStatusLine(context);

      // From the home page's box, as a guest: the request is the first message of a new chat.
      await page.goto('/');
      await page.getByTestId('chat-start-input').fill(REQUEST);
      await page.getByTestId('chat-start-submit').click();
      await page.waitForURL(/\/chat\?thread=[0-9a-f-]{36}$/);
      const threadPath = `${new URL(page.url()).pathname}${new URL(page.url()).search}`;
      const firstCards = await answerCards(page, 1);
      expect(await page.getByTestId('chat-user-message').first().textContent()).toContain(REQUEST);
      // The status line said what the chat was doing while the answer came (quick steps may pass unseen).
      const statuses = await page.evaluate(() => window.chatStatuses);
      expect(statuses[0]).toBe('취향을 정리하는 중…');
      expect(statuses.length).toBeGreaterThan(1);
      for (const status of statuses) expect(STATUS_LINES).toContain(status);
      expect(await page.getByTestId('chat-answer').first().getByTestId('chat-message-text').textContent()).toMatch(
        /[가-힣]/,
      );

      // Every card is a catalog perfume with its page, why it fits, and the layering link.
      expect(firstCards.length).toBeGreaterThan(0);
      for (const card of firstCards) {
        const response = await fetch(`${session.system.backendUrl}/api/perfumes/${card.id}`);
        expect(response.status).toBe(200);
        expect(((await response.json()) as { name: string }).name).toBe(card.name);
      }
      const firstCard = page.getByTestId('chat-answer').first().getByTestId('chat-card').first();
      expect(await firstCard.getByTestId('chat-card-link').getAttribute('href')).toBe(`/perfumes/${firstCards[0]!.id}`);
      expect(await firstCard.getByTestId('chat-card-layer').getAttribute('href')).toBe(
        `/layering?a=${firstCards[0]!.id}`,
      );
      expect(await firstCard.getByTestId('chat-card-reasons').textContent()).toMatch(/[가-힣]/);
      expect(await axeViolations(page), 'chat with an answer').toEqual([]);

      // The guest's token is in a cookie no script of the page can read.
      const cookie = await guestCookie(context);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/chat' });
      expect(await page.evaluate(() => document.cookie)).not.toContain(GUEST_COOKIE);

      // A suggested reply asks for more: none of the perfumes comes again.
      await page.getByTestId('chat-suggestion').filter({ hasText: '더 보여줘' }).click();
      const moreCards = await answerCards(page, 2);
      expect(moreCards.length).toBeGreaterThan(0);
      const shown = await cardsInLog(page);
      expect(shown).toHaveLength(firstCards.length + moreCards.length);
      expect(new Set(shown).size).toBe(shown.length);

      // Signing in from the chat comes back to it, and the thread is now the member's.
      await signUpThroughApi(session, CHATTER);
      await page.getByTestId('chat-sign-in').click();
      await logInAndReturn(page, CHATTER, threadPath);
      const thread = page.getByTestId('chat-thread');
      await expect.poll(() => thread.count(), POLL).toBe(1);
      expect(await thread.getAttribute('data-current')).toBe('true');
      expect(await axeViolations(page), 'chat of a member with their threads').toEqual([]);
      await answerCards(page, 2);
      expect(await cardsInLog(page)).toEqual(shown);
      await expect.poll(() => guestCookie(context), POLL).toBeUndefined();

      // The expert switch: the next answer explains with the catalog's figures (a season's fit).
      const beginnerReasons = await page.getByTestId('chat-card-reasons').allTextContents();
      expect(beginnerReasons.join(' ')).not.toContain('적합도');
      await page.getByTestId('chat-mode-expert').click();
      expect(await page.getByTestId('chat-mode-expert').getAttribute('aria-pressed')).toBe('true');
      await sendInComposer(page, '다른 브랜드로 보여줘');
      await answerCards(page, 3);
      const expertReasons = await page
        .getByTestId('chat-answer')
        .nth(2)
        .getByTestId('chat-card-reasons')
        .allTextContents();
      expect(expertReasons.join(' ')).toContain('적합도');

      // "위시에 담기" on a pick: it is in the wardrobe's wish list, saved from the chat.
      const control = page.getByTestId('chat-card').first().getByTestId('wardrobe-control');
      expect(await control.getByTestId('wardrobe-control-button').textContent()).toContain('위시에 담기');
      await control.getByTestId('wardrobe-control-button').click();
      await expect.poll(() => control.getAttribute('data-state'), POLL).toBe('wish');
      await page.goto('/wardrobe');
      await page.getByTestId('wardrobe-tab-wish').click();
      const saved = page
        .getByTestId('wardrobe-entry')
        .filter({ has: page.getByRole('link', { name: firstCards[0]!.name, exact: true }) });
      await saved.waitFor();
      expect(await saved.getAttribute('data-state')).toBe('wish');
      expect(await saved.textContent()).toContain('대화에서 저장');

      // Another member finds no such thread.
      const browser = context.browser();
      if (!browser) throw new Error('no browser');
      const strangerContext = await browser.newContext({ baseURL: session.system.webUrl });
      try {
        await signUpThroughApi(session, STRANGER);
        const stranger = await strangerContext.newPage();
        await stranger.goto(threadPath);
        await stranger.getByTestId('chat-sign-in').click();
        await logInAndReturn(stranger, STRANGER, threadPath);
        const problem = stranger.getByTestId('chat-problem');
        await expect.poll(() => problem.getAttribute('data-kind'), POLL).toBe('notFound');
        expect(await stranger.getByTestId('chat-card').count()).toBe(0);
      } finally {
        await strangerContext.close();
      }

      // Rename, then delete after saying yes; the page starts a new chat.
      await page.goto(threadPath);
      await thread.getByTestId('chat-thread-rename').click();
      await thread.getByTestId('chat-rename-input').fill('여름 향수 모음');
      expect(await axeViolations(page), 'a thread being renamed').toEqual([]);
      await thread.getByTestId('chat-rename-input').press('Enter');
      await expect.poll(() => thread.getByTestId('chat-thread-title').textContent(), POLL).toBe('여름 향수 모음');
      await page.reload();
      await expect.poll(() => thread.getByTestId('chat-thread-title').textContent(), POLL).toBe('여름 향수 모음');

      await thread.getByTestId('chat-thread-delete').click();
      const dialog = page.getByTestId('chat-delete-dialog');
      await dialog.getByRole('button', { name: '취소' }).click();
      expect(await thread.count()).toBe(1);
      await thread.getByTestId('chat-thread-delete').click();
      await dialog.getByTestId('chat-delete-dialog-confirm').click();
      await page.getByTestId('chat-threads-empty').waitFor();
      await page.waitForURL((url) => url.pathname === '/chat' && url.search === '');
      expect(await page.getByTestId('chat-answer').count()).toBe(0);
      await page.goto(threadPath);
      await expect.poll(() => page.getByTestId('chat-problem').getAttribute('data-kind'), POLL).toBe('notFound');
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    "tells a guest past the day's messages when to come back, and gives the message back",
    async () => {
      const { page } = session;
      await page.goto('/chat');
      await page.getByTestId('chat-examples').waitFor();
      for (let sent = 1; sent <= GUEST_MESSAGES_PER_DAY; sent++) {
        await sendInComposer(page, sent === 1 ? '여자친구 선물로 포근한 향수 추천해줘' : '더 보여줘');
        await answerCards(page, sent);
      }
      await sendInComposer(page, '하나만 더 보여줘');
      const problem = page.getByTestId('chat-problem');
      await expect.poll(() => problem.getAttribute('data-kind'), POLL).toBe('limit');
      const notice = await problem.textContent();
      expect(notice).toContain(`하루에 메시지를 ${GUEST_MESSAGES_PER_DAY}개까지`);
      expect(notice).toMatch(/(오전|오후) \d{1,2}:\d{2}부터 다시 보낼 수 있어요/);
      expect(await problem.getByRole('link', { name: '로그인하면 지금 바로 이어서 대화할 수 있어요.' }).count()).toBe(
        1,
      );
      expect(await page.getByTestId('chat-input').inputValue()).toBe('하나만 더 보여줘');
      expect(await page.getByTestId('chat-answer').count()).toBe(GUEST_MESSAGES_PER_DAY);
    },
    FLOW_TIMEOUT_MS,
  );
});
