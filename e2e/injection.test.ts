import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { useSystemWithKakao } from './support/kakaoSystem';
import { UI_TIMEOUT_MS } from './support/pageSession';

if (!hasChromium)
  console.warn('e2e/injection.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

/**
 * SQL, script and template injection strings, each within every field's limits (a chat title made
 * from a message keeps 40 characters, the shortest limit here) and without white space at either
 * end (the services trim text): stored as they are, and shown as text wherever they appear.
 */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '</script><img src=x onerror=__pwned=1>',
  "'; DROP TABLE perfumes; --",
  "x' OR '1'='1",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template expression is the payload, as text
  '{{7*7}} ${7*7} #{7*7}',
  'javascript:alert(1)',
  'abc\u202Edcba 오른쪽에서왼쪽',
  '향\u200D수 zero\u200Dwidth',
] as const;
/** Typed into the page's own forms (the memo, the composer, the rename box). */
const FORM_MEMO = '<img src=x onerror="window.__pwned=1"> 폼 메모';
const FORM_MESSAGE = '<script>window.__pwned=1</script> 폼';
const FORM_TITLE = '"><svg onload=window.__pwned=1> 폼 제목';

const FLOW_TIMEOUT_MS = 180_000;
const POLL = { timeout: UI_TIMEOUT_MS };
const AUTH_SECRET = 'injection-e2e-secret-that-is-long-enough-to-sign';
const ADMIN = { email: 'admin@scentence.test', password: 'Admin-pass-1!', nickname: '관리자' };
const WRITER = { email: 'writer@scentence.test', password: 'Inject-proof-5!', nickname: '주입시험' };
const KAKAO_WRITER = {
  id: 8101,
  nickname: '<img src=x onerror=window.__pwned=1>향수',
  email: 'kakao.inject@scentence.test',
};
/** What the nickname rule allows: Korean, English letters and digits, 2 to 12 of them. */
const NICKNAME_RULE = /^[가-힣A-Za-z0-9]{2,12}$/;

declare global {
  interface Window {
    /** Set by any payload that ran as script. */
    __pwned?: unknown;
  }
}

interface Reply<T> {
  status: number;
  body: T;
}

interface PerfumeList {
  items: { id: number }[];
  total: number;
}
interface WardrobeList {
  items: { perfume: { id: number }; memo: string }[];
}
interface ChatThread {
  id: string;
  title: string;
}
interface ChatSent {
  thread: ChatThread;
  message: { text: string };
}
interface ChatThreadWithMessages {
  thread: ChatThread;
  messages: { role: string; text: string }[];
}
interface TokenResult {
  tokens: { accessToken: string };
}

describe.skipIf(!hasChromium)('injection strings are stored as they are and shown inert', () => {
  const kakaoSystem = useSystemWithKakao({ AUTH_SECRET, ADMIN_EMAILS: ADMIN.email });

  /** Alerts, confirms and prompts any page opened: a payload that ran would show one. */
  const dialogs: string[] = [];
  /** The threads stored through REST: one per payload, its message the payload, its title the reversed list's. */
  const threads: { id: string; message: string; title: string }[] = [];

  function backend(): string {
    return kakaoSystem.system.backendUrl;
  }

  async function api<T>(method: string, path: string, { body, token }: { body?: unknown; token?: string } = {}) {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${backend()}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T } satisfies Reply<T>;
  }

  async function tokenOf(account: { email: string; password: string }): Promise<string> {
    const signIn = await api<TokenResult>('POST', '/auth/token', { body: account });
    expect(signIn.status).toBe(200);
    return signIn.body.tokens.accessToken;
  }

  async function catalogTotal(): Promise<number> {
    const answer = await api<PerfumeList>('GET', '/perfumes?limit=1');
    expect(answer.status).toBe(200);
    return answer.body.total;
  }

  /** A browser of its own; any dialog a page opens is recorded (and dismissed). */
  async function personPage(): Promise<Page> {
    // Without the Content-Security-Policy: what is proved is the rendering itself, not the policy catching it.
    const context = await kakaoSystem.newContext({ bypassCSP: true });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
      void dialog.dismiss();
    });
    return page;
  }

  async function logIn(page: Page, account: { email: string; password: string }, then: RegExp): Promise<void> {
    await page.goto('/login');
    await page.locator('#login-email').fill(account.email);
    await page.locator('#login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(then);
  }

  /** Each node shows its text as text: no element inside it, nothing that ran. */
  async function expectInert(page: Page, nodes: Locator, where: string): Promise<string[]> {
    const shown = await nodes.evaluateAll((elements) =>
      elements.map((element) => ({ text: element.textContent ?? '', children: element.childElementCount })),
    );
    for (const node of shown) expect(node.children, `${where}: an element inside "${node.text}"`).toBe(0);
    await expectNothingRan(page, where);
    return shown.map((node) => node.text);
  }

  /** No payload ran, and none became an element or a link anywhere on the page. */
  async function expectNothingRan(page: Page, where: string): Promise<void> {
    const traces = await page.evaluate(() => ({
      pwned: typeof window.__pwned,
      planted: document.querySelectorAll('img[src="x"], [onerror*="__pwned"], [onload*="__pwned"]').length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      scripts: [...document.scripts].filter((script) => script.text.trim().startsWith('window.__pwned')).length,
    }));
    expect(traces, where).toEqual({ pwned: 'undefined', planted: 0, scriptLinks: 0, scripts: 0 });
    expect(dialogs, where).toEqual([]);
  }

  /** The HTML the server sent for a page does not carry a payload as markup. */
  function expectNoRawMarkup(html: string, where: string): void {
    for (const payload of [...PAYLOADS, FORM_MEMO, FORM_MESSAGE, FORM_TITLE].filter((text) => text.includes('<'))) {
      expect(html.includes(payload), `${where}: the HTML carries ${payload} unescaped`).toBe(false);
    }
  }

  it('REST: every text input stores the payloads exactly, and a nickname refuses them', async () => {
    const totalBefore = await catalogTotal();
    expect(totalBefore).toBeGreaterThan(PAYLOADS.length);
    const signUp = await api('POST', '/members', { body: WRITER });
    expect(signUp.status).toBe(200);
    const token = await tokenOf(WRITER);

    // Memo: one perfume of the wardrobe per payload.
    const perfumes = await api<PerfumeList>('GET', `/perfumes?limit=${PAYLOADS.length + 1}`);
    const ids = perfumes.body.items.map((perfume) => perfume.id);
    for (const [index, memo] of PAYLOADS.entries()) {
      const saved = await api<{ memo: string }>('PUT', `/wardrobe/perfumes/${ids[index]}`, {
        body: { state: 'have', memo },
        token,
      });
      expect(saved.status).toBe(200);
      expect(saved.body.memo).toBe(memo);
    }
    // The last one without a memo: the form writes it in the browser test.
    expect((await api('PUT', `/wardrobe/perfumes/${ids[PAYLOADS.length]}`, { body: {}, token })).status).toBe(200);
    const wardrobe = await api<WardrobeList>('GET', '/wardrobe?limit=50', { token });
    expect(wardrobe.status).toBe(200);
    const memos = new Map(wardrobe.body.items.map((item) => [item.perfume.id, item.memo]));
    expect(PAYLOADS.map((_, index) => memos.get(ids[index] ?? 0))).toEqual([...PAYLOADS]);

    // Chat: a new thread per payload (its first message, which also names it), then renamed.
    for (const [index, text] of PAYLOADS.entries()) {
      const sent = await api<ChatSent>('POST', '/chat/messages', { body: { text }, token });
      expect(sent.status).toBe(200);
      expect(sent.body.message.text).toBe(text);
      expect(sent.body.thread.title).toBe(text);
      const title = PAYLOADS[PAYLOADS.length - 1 - index] ?? '';
      const renamed = await api<ChatThread>('PATCH', `/chat/threads/${sent.body.thread.id}`, {
        body: { title },
        token,
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body.title).toBe(title);
      threads.push({ id: sent.body.thread.id, message: text, title });
    }
    const listed = await api<{ items: ChatThread[] }>('GET', '/chat/threads?limit=50', { token });
    expect(listed.status).toBe(200);
    const titles = new Map(listed.body.items.map((thread) => [thread.id, thread.title]));
    for (const thread of threads) {
      expect(titles.get(thread.id)).toBe(thread.title);
      const opened = await api<ChatThreadWithMessages>('GET', `/chat/threads/${thread.id}`, { token });
      expect(opened.status).toBe(200);
      expect(opened.body.messages.filter((message) => message.role === 'user').map((message) => message.text)).toEqual([
        thread.message,
      ]);
    }

    // Nickname: its rule (Korean, English letters, digits) refuses every payload, at sign-up and on change.
    for (const [index, nickname] of PAYLOADS.entries()) {
      const refused = await api('POST', '/members', {
        body: { email: `refused${index}@scentence.test`, password: WRITER.password, nickname },
      });
      expect(refused.status, nickname).toBe(400);
      expect((await api('PATCH', '/members/me', { body: { nickname }, token })).status, nickname).toBe(400);
    }
    const me = await api<{ nickname: string }>('GET', '/members/me', { token });
    expect(me.body.nickname).toBe(WRITER.nickname);

    // The DROP TABLE did nothing: the catalog answers as before, and searching for the payloads is harmless.
    expect(await catalogTotal()).toBe(totalBefore);
    for (const q of PAYLOADS) {
      expect((await api('GET', `/perfumes?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
    const santal = await api<PerfumeList>('GET', `/perfumes?q=${encodeURIComponent('santal 33')}`);
    expect(santal.body.items.length).toBeGreaterThan(0);
  });

  it(
    'the wardrobe shows every memo as text, in the gallery and the list, one of them written in its form',
    async () => {
      const page = await personPage();
      await logIn(page, WRITER, /\/me$/);
      const response = await page.goto('/wardrobe');
      expectNoRawMarkup((await response?.text()) ?? '', '/wardrobe');
      await page.locator('[data-testid="wardrobe-panel"][data-state="have"][aria-busy="false"]').waitFor();
      const memoTexts = page.getByTestId('entry-memo-text');
      await expect.poll(() => memoTexts.count(), POLL).toBe(PAYLOADS.length + 1);

      // The entry without a memo gets one through the page's own form.
      const blankId = await page
        .getByTestId('wardrobe-entry')
        .filter({ has: page.locator('[data-memo=""]') })
        .getAttribute('data-perfume-id');
      const blank = page.locator(`[data-testid="wardrobe-entry"][data-perfume-id="${blankId}"]`);
      await blank.getByTestId('entry-memo-edit').click();
      await blank.getByTestId('entry-memo-input').fill(FORM_MEMO);
      await blank.getByTestId('entry-memo-save').click();
      await expect.poll(() => blank.getByTestId('entry-memo-text').textContent(), POLL).toBe(FORM_MEMO);
      const expected = [...PAYLOADS, FORM_MEMO].sort();

      expect(await page.getByTestId('wardrobe-view-gallery').getAttribute('aria-pressed')).toBe('true');
      expect((await expectInert(page, memoTexts, 'wardrobe gallery')).sort()).toEqual(expected);
      await page.getByTestId('wardrobe-view-list').click();
      await page.locator('.wardrobe-entry--list').first().waitFor();
      expect((await expectInert(page, memoTexts, 'wardrobe list')).sort()).toEqual(expected);

      // After a reload (the memos now come from the server), the same.
      await page.reload();
      await expect.poll(() => memoTexts.count(), POLL).toBe(PAYLOADS.length + 1);
      expect((await expectInert(page, memoTexts, 'wardrobe after reload')).sort()).toEqual(expected);
      const token = await tokenOf(WRITER);
      const stored = await api<WardrobeList>('GET', '/wardrobe?limit=50', { token });
      expect(stored.body.items.map((item) => item.memo).sort()).toEqual(expected);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'the chat shows every message and thread title as text, one of each written in its form',
    async () => {
      const page = await personPage();
      await logIn(page, WRITER, /\/me$/);
      const titleNodes = page.getByTestId('chat-thread-title');

      for (const thread of threads) {
        const response = await page.goto(`/chat?thread=${thread.id}`);
        expectNoRawMarkup((await response?.text()) ?? '', `/chat?thread=${thread.id}`);
        await expect.poll(() => page.getByTestId('chat-answer').count(), POLL).toBe(1);
        const asked = await expectInert(
          page,
          page.getByTestId('chat-user-message').getByTestId('chat-message-text'),
          `chat message ${thread.message}`,
        );
        expect(asked).toEqual([thread.message]);
        await expectInert(page, page.getByTestId('chat-message-text'), `chat answer to ${thread.message}`);
      }
      await expect.poll(() => titleNodes.count(), POLL).toBe(threads.length);
      expect((await expectInert(page, titleNodes, 'chat thread list')).sort()).toEqual(
        threads.map((thread) => thread.title).sort(),
      );

      // The delete dialog names the thread by its title: as text too (and nothing is deleted).
      const first = page.getByTestId('chat-thread').first();
      const firstTitle = (await first.getByTestId('chat-thread-title').textContent()) ?? '';
      await first.getByTestId('chat-thread-delete').click();
      const dialog = page.getByTestId('chat-delete-dialog');
      expect(await expectInert(page, dialog.locator('.wardrobe-dialog__name'), 'delete dialog')).toEqual([firstTitle]);
      await dialog.getByRole('button', { name: '취소' }).click();

      // A message through the composer starts a thread named by it; then a title through the rename form.
      await page.goto('/chat');
      await page.getByTestId('chat-examples').waitFor();
      await page.getByTestId('chat-input').fill(FORM_MESSAGE);
      await page.getByTestId('chat-send').click();
      // The address names the new thread (history.replaceState, no navigation).
      await expect.poll(() => page.url(), POLL).toMatch(/\/chat\?thread=[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('chat-answer').count(), POLL).toBe(1);
      await page.getByTestId('chat-pending-answer').waitFor({ state: 'detached' });
      expect(
        await expectInert(page, page.getByTestId('chat-user-message').getByTestId('chat-message-text'), 'composer'),
      ).toEqual([FORM_MESSAGE]);
      const current = page.locator('[data-testid="chat-thread"][data-current="true"]');
      await expect.poll(() => current.getByTestId('chat-thread-title').textContent(), POLL).toBe(FORM_MESSAGE);
      await current.getByTestId('chat-thread-rename').click();
      await current.getByTestId('chat-rename-input').fill(FORM_TITLE);
      await current.getByTestId('chat-rename-input').press('Enter');
      await expect.poll(() => current.getByTestId('chat-thread-title').textContent(), POLL).toBe(FORM_TITLE);
      await page.reload();
      await expect.poll(() => current.getByTestId('chat-thread-title').textContent(), POLL).toBe(FORM_TITLE);
      await expectInert(page, titleNodes, 'thread list after the rename');
      expect((await expectInert(page, page.getByTestId('chat-message-text'), 'composer thread')).at(0)).toBe(
        FORM_MESSAGE,
      );

      // Round trip of what the forms wrote.
      const token = await tokenOf(WRITER);
      const listed = await api<{ items: ChatThread[] }>('GET', '/chat/threads?limit=50', { token });
      const formThread = listed.body.items.find((thread) => thread.title === FORM_TITLE);
      expect(formThread).toBeDefined();
      const opened = await api<ChatThreadWithMessages>('GET', `/chat/threads/${formThread?.id}`, { token });
      expect(opened.body.messages.find((message) => message.role === 'user')?.text).toBe(FORM_MESSAGE);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'a nickname cannot carry markup: the sign-up form refuses it, and a Kakao name is cut to plain text everywhere',
    async () => {
      const signUp = await personPage();
      await signUp.goto('/signup');
      await signUp.locator('#signup-nickname').fill('<b>x</b>');
      await signUp.locator('#signup-email').fill('markup@scentence.test');
      await expect
        .poll(() => signUp.getByTestId('signup-nickname-status').textContent(), POLL)
        .toContain('닉네임에는 한글, 영문, 숫자만 쓸 수 있습니다');
      await signUp.locator('#signup-password').fill(WRITER.password);
      await signUp.locator('#signup-passwordConfirm').fill(WRITER.password);
      await signUp.getByTestId('signup-submit').click();
      // Nothing to wait for when nothing is sent: give a submission the time it would take to go through.
      await signUp.waitForTimeout(1_000);
      expect(new URL(signUp.url()).pathname).toBe('/signup');
      const refused = await api<TokenResult>('POST', '/auth/token', {
        body: { email: 'markup@scentence.test', password: WRITER.password },
      });
      expect(refused.status).not.toBe(200);

      // Kakao's nickname is the one name from outside: it is reduced to what the rule allows.
      kakaoSystem.kakao.signInAs(KAKAO_WRITER);
      const member = await personPage();
      await member.goto('/login');
      await member.getByRole('button', { name: '카카오로 시작하기' }).click();
      await member.waitForURL(/\/me$/);
      await member.getByTestId('my-page').waitFor();
      await expect.poll(() => member.getByTestId('my-nickname').textContent(), POLL).toMatch(NICKNAME_RULE);
      const [nickname = ''] = await expectInert(member, member.getByTestId('my-nickname'), 'my page');
      expect(nickname).toMatch(NICKNAME_RULE);
      expect(await expectInert(member, member.getByTestId('account-nickname'), 'header')).toEqual([`${nickname}님`]);

      const admin = await personPage();
      expect((await api('POST', '/members', { body: ADMIN })).status).toBe(200);
      await logIn(admin, ADMIN, /\/me$/);
      await admin.goto('/admin');
      await admin.getByTestId('admin-search').fill(KAKAO_WRITER.email);
      const row = admin.getByTestId('admin-member-row');
      await expect.poll(() => row.count(), POLL).toBe(1);
      expect(await expectInert(admin, row.locator('.admin-table__name'), 'admin members')).toEqual([nickname]);
      expect(await row.locator('.admin-table__email').textContent()).toBe(KAKAO_WRITER.email);
    },
    FLOW_TIMEOUT_MS,
  );

  it('the catalog still answers in the browser: the DROP TABLE payload did nothing', async () => {
    const page = await personPage();
    await page.goto(`/search?q=${encodeURIComponent('santal 33')}`);
    await expect.poll(() => page.getByTestId('perfume-result').count(), POLL).toBeGreaterThan(0);
    // A payload as the search text is shown back as text too.
    const response = await page.goto(`/search?q=${encodeURIComponent(PAYLOADS[0])}`);
    expectNoRawMarkup((await response?.text()) ?? '', '/search');
    await page.locator('main').waitFor();
    await expectNothingRan(page, 'search with a payload');
  });
});
