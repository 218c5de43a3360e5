import {
  LAYERING_VERDICT_LABELS,
  type LayeringAnswer,
  type LayeringPair,
  type LayeringPartners,
} from '@scentence/api/schemas';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { hasChromium } from './support/browser';
import { type PageSession, usePageSession } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/layering.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

const FLOW_TIMEOUT_MS = 180_000;
const TASTER = { email: 'layering-taster@scentence.test', password: 'Layer-two-2!', nickname: '레이어러' };

/** A perfume's id in the running catalog, found by its house and name through the backend's autocomplete. */
async function perfumeId(session: PageSession, query: string, brand: string, name: string): Promise<number> {
  const response = await fetch(
    `${session.system.backendUrl}/api/search/suggest?q=${encodeURIComponent(query)}&limit=10`,
  );
  expect(response.status).toBe(200);
  const { perfumes } = (await response.json()) as { perfumes: { id: number; brand: string; name: string }[] };
  const found = perfumes.find((perfume) => perfume.brand === brand && perfume.name === name);
  if (!found) throw new Error(`no ${brand} ${name} among the suggestions for "${query}"`);
  return found.id;
}

/** What the layering service itself answers (its REST API), to hold the page to. */
async function fromService<T>(session: PageSession, path: string): Promise<T> {
  const response = await fetch(`${session.system.layeringUrl}/api/layering/${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

function verdictKo(verdict: LayeringPair['verdict']): string {
  return LAYERING_VERDICT_LABELS.find((label) => label.key === verdict)?.ko ?? verdict;
}

/** Types into a slot's search box and presses the suggestion with the perfume's name. */
async function pick(page: Page, slot: 'pick-a' | 'pick-b', typed: string, name: string): Promise<void> {
  const box = page.getByTestId(slot);
  await box.getByTestId(`${slot}-input`).fill(typed);
  await box.getByRole('option').filter({ hasText: name }).first().click();
  await expect.poll(() => box.getByTestId(`${slot}-name`).textContent()).toBe(name);
}

function selectionOf(page: Page): { a: number; b: number } {
  const params = new URL(page.url()).searchParams;
  return { a: Number(params.get('a')), b: Number(params.get('b')) };
}

/** The pair card, once the analysis of the pair in the address has loaded. */
async function pairCard(page: Page): Promise<Locator> {
  const { a, b } = selectionOf(page);
  const card = page.locator(`[data-testid="pair-card"][data-a="${a}"][data-b="${b}"]`);
  await card.waitFor();
  return card;
}

async function partnerIds(page: Page): Promise<number[]> {
  const ids = await page
    .getByTestId('partner-list')
    .getByTestId('partner')
    .evaluateAll((cards) => cards.map((card) => Number(card.getAttribute('data-perfume-id'))));
  return ids;
}

describe.skipIf(!hasChromium)('the layering page in a browser', () => {
  const session = usePageSession();

  it(
    'picks two perfumes by autocomplete and shows the score, verdict and order the service gives, and a shareable address',
    async () => {
      const { page } = session;
      await page.goto('/');
      await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '레이어링' }).click();
      await page.waitForURL(/\/layering$/);
      await page.getByTestId('layering-start').waitFor();

      await pick(page, 'pick-a', '상탈', 'Santal 33');
      // One perfume: its partners, while the second slot waits.
      await page.getByTestId('partner-list').waitFor();
      await pick(page, 'pick-b', 'bergamote', 'Bergamote 22');

      const card = await pairCard(page);
      const { a, b } = selectionOf(page);
      expect([a, b]).toEqual([
        await perfumeId(session, 'santal 33', 'Le Labo', 'Santal 33'),
        await perfumeId(session, 'bergamote 22', 'Le Labo', 'Bergamote 22'),
      ]);
      const expected = await fromService<LayeringPair>(session, `pair?a=${a}&b=${b}`);
      expect(await card.getAttribute('data-verdict')).toBe(expected.verdict);
      expect(await card.getByTestId('pair-score').textContent()).toBe(`${expected.score}점`);
      expect(await card.getByTestId('pair-verdict').textContent()).toBe(verdictKo(expected.verdict));
      const sprays = await card.getByTestId('application-spray').evaluateAll((steps) =>
        steps.map((step) => ({
          perfumeId: Number(step.getAttribute('data-perfume-id')),
          count: Number(step.getAttribute('data-count')),
        })),
      );
      expect(sprays).toEqual(expected.application.sprays);
      expect(sprays[0]?.perfumeId).toBe(expected.application.firstId);
      const reasons = await card
        .getByTestId('pair-reason')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
      expect(reasons).toEqual(expected.reasons.map((reason) => reason.rule));
      await expect
        .poll(() => card.getByTestId('pair-reason').first().textContent())
        .toContain(expected.reasons[0]?.text.ko);
      // The chart's values are readable as a table: one row per accord of either perfume.
      expect(await card.getByTestId('blend-table').locator('tbody tr').count()).toBe(expected.profile.length);
      expect(await card.getByTestId('pair-perfume-a').getByTestId('perfume-bottle').count()).toBe(1);
      expect(await card.getByTestId('vote-count-up').getAttribute('data-count')).toBe(String(expected.community.up));

      // The address is the pair: opened afresh, it shows the same analysis.
      await page.goto(`/layering?a=${a}&b=${b}`);
      const shared = await pairCard(page);
      expect(await shared.getAttribute('data-score')).toBe(String(expected.score));
      // Either order gives the same verdict.
      await page.goto(`/layering?a=${b}&b=${a}`);
      expect(await (await pairCard(page)).getAttribute('data-verdict')).toBe(expected.verdict);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'opens with ?a= on its partners, steers them by a mood word, and links each partner to its page and its pair',
    async () => {
      const { page } = session;
      const santal = await perfumeId(session, 'santal 33', 'Le Labo', 'Santal 33');
      await page.goto(`/layering?a=${santal}`);
      const list = page.getByTestId('partner-list');
      await list.waitFor();
      const plain = await partnerIds(page);
      const expectedPlain = await fromService<LayeringPartners>(session, `partners?perfumeId=${santal}&limit=12`);
      expect(plain).toEqual(expectedPlain.items.map((item) => item.perfume.id));
      expect(plain).not.toContain(santal);

      await page.locator('[data-testid="mood-chip"][data-mood="cool"]').click();
      await expect.poll(() => list.getAttribute('data-mood')).toBe('시원하게');
      await expect.poll(() => list.getAttribute('aria-busy')).toBe('false');
      const cooler = await partnerIds(page);
      const expectedCool = await fromService<LayeringPartners>(
        session,
        `partners?perfumeId=${santal}&limit=12&mood=${encodeURIComponent('시원하게')}`,
      );
      expect(cooler).toEqual(expectedCool.items.map((item) => item.perfume.id));
      expect(cooler).not.toEqual(plain);
      expect(await page.getByTestId('partners').textContent()).toContain('이렇게 이해했어요: 시원한');

      const first = list.getByTestId('partner').first();
      const partner = Number(await first.getAttribute('data-perfume-id'));
      expect(await first.getByTestId('perfume-link').getAttribute('href')).toBe(`/perfumes/${partner}`);
      await first.getByTestId('partner-pair-link').click();
      await page.waitForURL((url) => url.search === `?a=${santal}&b=${partner}`);
      await pairCard(page);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'answers a Korean question with misspellings with the pair, and asks back which perfume a name meant',
    async () => {
      const { page } = session;
      await page.goto('/layering');
      const question = '바이래도 집시워타랑 블랑쉬 같이 써도 돼?';
      await page.getByTestId('ask-input').fill(question);
      await page.getByTestId('ask-submit').click();
      const answer = page.getByTestId('ask-answer');
      await expect.poll(() => answer.getAttribute('data-kind')).toBe('pair');
      const expected = await fromService<Extract<LayeringAnswer, { kind: 'pair' }>>(
        session,
        `ask?q=${encodeURIComponent(question)}&locale=ko`,
      );
      expect(await page.getByTestId('ask-answer-text').textContent()).toBe(expected.text);
      await page.waitForURL((url) => url.search === `?a=${expected.pair.a.id}&b=${expected.pair.b.id}`);
      const card = await pairCard(page);
      expect(await card.getAttribute('data-verdict')).toBe(expected.pair.verdict);
      expect(await card.getByTestId('pair-perfume-a').textContent()).toContain('Gypsy Water');
      expect(await card.getByTestId('pair-perfume-b').textContent()).toContain('Blanche');

      // A misspelt name: up to five candidates, and the pick completes the pair.
      await page.getByTestId('ask-input').fill('savage and santal 33');
      await page.getByTestId('ask-submit').click();
      await expect.poll(() => answer.getAttribute('data-kind')).toBe('clarify');
      const candidates = page.getByTestId('ask-candidate');
      expect(await candidates.count()).toBeGreaterThan(0);
      expect(await candidates.count()).toBeLessThanOrEqual(5);
      expect(await axeViolations(page), 'the question asked back').toEqual([]);
      const sauvage = await perfumeId(session, 'sauvage', 'Dior', 'Sauvage');
      const santal = await perfumeId(session, 'santal 33', 'Le Labo', 'Santal 33');
      await page.locator(`[data-testid="ask-candidate"][data-perfume-id="${sauvage}"]`).click();
      await page.waitForURL((url) => url.search === `?a=${sauvage}&b=${santal}`);
      await pairCard(page);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    "refuses a perfume with its own flanker in the reader's language",
    async () => {
      const { page } = session;
      const sauvage = await perfumeId(session, 'sauvage', 'Dior', 'Sauvage');
      const elixir = await perfumeId(session, 'sauvage elixir', 'Dior', 'Sauvage Elixir');
      await page.goto(`/layering?a=${sauvage}&b=${elixir}`);
      const error = page.getByTestId('pair-error');
      await error.waitFor();
      expect(await error.getAttribute('data-problem')).toBe('layeringFlanker');
      expect(await error.textContent()).toContain('같은 라인의 향수(플랭커)');

      await session.context.addCookies([{ name: 'lang', value: 'en', url: session.system.webUrl }]);
      await page.goto(`/layering?a=${sauvage}&b=${elixir}`);
      await error.waitFor();
      expect(await error.textContent()).toContain('belong to one line (a flanker)');
      expect(await page.title()).toBe('Perfume layering | Scentence');
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'tells the reader in a friendly notice when the layering service is down',
    async () => {
      const { page } = session;
      const santal = await perfumeId(session, 'santal 33', 'Le Labo', 'Santal 33');
      // What the web app's proxy answers when the service cannot be reached.
      await page.route('**/api/trpc/layering/**', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 'SERVICE_UNAVAILABLE',
            message: 'The layering service is unavailable',
            issues: [],
          }),
        }),
      );
      await page.goto(`/layering?a=${santal}`);
      const notice = page.getByTestId('partners-error');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.getAttribute('data-problem')).toBe('unavailable');
      expect(await notice.textContent()).toContain('레이어링 서비스가 잠시 응답하지 않아요');
      expect(await notice.getByRole('button', { name: '다시 시도' }).count()).toBe(1);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    "invites a guest to sign in, and counts a member's 👍 (with the partner put on the WISH list) once per member",
    async () => {
      const { page } = session;
      const signUp = await fetch(`${session.system.backendUrl}/api/members`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(TASTER),
      });
      expect(signUp.status).toBe(200);
      const a = await perfumeId(session, 'gypsy water', 'Byredo', 'Gypsy Water');
      const b = await perfumeId(session, 'blanche', 'Byredo', 'Blanche');
      const path = `/layering?a=${a}&b=${b}`;
      await page.goto(path);
      const card = await pairCard(page);
      expect(await card.getByTestId('vote-up').count()).toBe(0);
      const before = Number(await card.getByTestId('vote-count-up').getAttribute('data-count'));

      await card.getByTestId('vote-sign-in').click();
      await page.waitForURL(/\/login\?callbackUrl=/);
      expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(path);
      await page.locator('#login-email').fill(TASTER.email);
      await page.locator('#login-password').fill(TASTER.password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((url) => `${url.pathname}${url.search}` === path);

      const voting = await pairCard(page);
      const partner = voting.getByTestId('pair-perfume-b').getByTestId('wardrobe-control');
      await expect.poll(() => partner.getAttribute('data-state')).toBe('none');
      await voting.getByTestId('vote-wish').check();
      await voting.getByTestId('vote-up').click();
      await expect.poll(() => voting.getByTestId('vote-count-up').getAttribute('data-count')).toBe(String(before + 1));
      expect(await voting.getByTestId('vote-up').getAttribute('aria-pressed')).toBe('true');
      expect(await voting.getByTestId('vote-notice').textContent()).toContain('위시에 담았어요');
      await expect.poll(() => partner.getAttribute('data-state')).toBe('wish');
      expect(await axeViolations(page), "a member's pair with a vote").toEqual([]);

      // One vote per member: after a reload it is still there, and 👎 moves it rather than adding one.
      await page.reload();
      const again = await pairCard(page);
      expect(await again.getByTestId('vote-up').getAttribute('aria-pressed')).toBe('true');
      await again.getByTestId('vote-down').click();
      await expect.poll(() => again.getByTestId('vote-count-up').getAttribute('data-count')).toBe(String(before));
      expect(await again.getByTestId('vote-count-down').getAttribute('data-count')).toBe('1');
      const service = await fromService<LayeringPair>(session, `pair?a=${a}&b=${b}`);
      expect([service.community.up, service.community.down]).toEqual([before, 1]);
    },
    FLOW_TIMEOUT_MS,
  );
});
