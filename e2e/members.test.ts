import { signAccessToken } from '@scentence/api/auth';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser';
import { useSystemWithKakao } from './support/kakaoSystem';

const FLOW_TIMEOUT_MS = 120_000;
const AUTH_SECRET = 'members-e2e-secret-that-is-long-enough-to-sign';
const ADMIN = { email: 'admin@scentence.test', password: 'Admin-pass-1!', nickname: '관리자' };
const MEMBER = { email: 'rose@scentence.test', password: 'Rose-garden-7!', nickname: '장미정원' };

if (!hasChromium)
  console.warn('e2e/members.test.ts skipped: /usr/bin/chromium is not installed (apt-get install chromium)');

describe.skipIf(!hasChromium)('members in a browser: sign-up, login, Kakao, my page, admin', () => {
  const kakaoSystem = useSystemWithKakao({ AUTH_SECRET, ADMIN_EMAILS: ADMIN.email });

  /** A browser of its own (cookies, session), as a different person would have. */
  async function personPage(headers?: Record<string, string>): Promise<Page> {
    const context = await kakaoSystem.newContext({ extraHTTPHeaders: headers });
    return context.newPage();
  }

  /** An account made straight through the backend's REST API: setup, not what the test is about. */
  async function signUpThroughApi(account: { email: string; password: string; nickname: string }) {
    const response = await fetch(`${kakaoSystem.system.backendUrl}/api/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    expect(response.status).toBe(200);
  }

  async function logIn(page: Page, email: string, password: string) {
    await page.goto('/login');
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  async function loginError(page: Page): Promise<string> {
    const error = page.getByTestId('login-error');
    await error.waitFor();
    return (await error.textContent()) ?? '';
  }

  it(
    'signs up with live checks, logs out and in, uploads an image and sees it on my page',
    async () => {
      const page = await personPage();
      await page.goto('/signup');
      await page.locator('#signup-email').fill(MEMBER.email);
      await page.locator('#signup-nickname').fill(MEMBER.nickname);
      await page.locator('#signup-password').fill('rose');
      // The rules show while typing, before anything is submitted.
      const passwordStatus = page.getByTestId('signup-password-status');
      await expect.poll(() => passwordStatus.textContent()).toContain('비밀번호는 8자 이상이어야 합니다');
      expect(await passwordStatus.textContent()).toContain('비밀번호에 특수문자를 넣어 주세요');
      await page.locator('#signup-password').fill(MEMBER.password);
      await expect.poll(() => passwordStatus.textContent()).toBe('안전한 비밀번호예요');
      await page.locator('#signup-passwordConfirm').fill(MEMBER.password);
      await expect
        .poll(() => page.getByTestId('signup-email-status').textContent())
        .toBe('사용할 수 있는 이메일이에요');
      await expect
        .poll(() => page.getByTestId('signup-nickname-status').textContent())
        .toBe('사용할 수 있는 닉네임이에요');
      await page.getByText('전문가', { exact: true }).click();
      await page.getByTestId('signup-submit').click();

      await page.waitForURL(/\/me\?welcome=1$/);
      await page.getByTestId('my-page').waitFor();
      expect(await page.getByTestId('my-nickname').textContent()).toBe(MEMBER.nickname);
      expect(await page.getByTestId('account-nickname').textContent()).toBe(`${MEMBER.nickname}님`);
      expect(await page.getByTestId('my-page').textContent()).toContain('전문가');

      await page.getByRole('button', { name: '로그아웃' }).click();
      await page.getByRole('link', { name: '로그인' }).waitFor();
      expect(await page.getByTestId('account-nickname').count()).toBe(0);

      await logIn(page, MEMBER.email, MEMBER.password);
      await page.waitForURL(/\/me$/);
      await page.getByTestId('my-page').waitFor();
      expect(await page.getByTestId('profile-image').count()).toBe(0);

      const png = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#7a3f5e' } })
        .png()
        .toBuffer();
      await page.getByTestId('image-input').setInputFiles({ name: 'rose.png', mimeType: 'image/png', buffer: png });
      await page.getByTestId('image-preview').waitFor();
      await page.getByTestId('image-upload').click();
      await expect.poll(() => page.getByTestId('image-message').textContent()).toBe('프로필 이미지를 바꿨어요.');

      // After a reload the image is still there, served (as WebP) through the site's own /uploads.
      await page.reload();
      const image = page.getByTestId('profile-image').first();
      await image.waitFor();
      expect(await image.getAttribute('src')).toMatch(/^\/uploads\/profile_images\/[0-9a-f-]{36}\.webp$/);
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(256);
      const served = await page.request.get((await image.getAttribute('src')) ?? '');
      expect(served.headers()['content-type']).toBe('image/webp');
    },
    FLOW_TIMEOUT_MS,
  );

  it("mints the member's token itself: an Authorization header from the browser counts for nothing", async () => {
    const page = await personPage();
    await logIn(page, MEMBER.email, MEMBER.password);
    await page.waitForURL(/\/me$/);
    const session = await (await page.request.get('/api/auth/session')).json();
    const memberId: string = session.member.id;
    const forged = `Bearer ${await signAccessToken(AUTH_SECRET, { memberId, role: 'admin' })}`;
    const me = `/trpc/member.me?input=${encodeURIComponent('{}')}`;

    // The token itself is good: the backend takes it from anyone who holds it…
    expect((await fetch(`${kakaoSystem.system.backendUrl}${me}`, { headers: { authorization: forged } })).status).toBe(
      200,
    );
    // …but through the site, a signed-out caller's header is dropped, and a member's is replaced.
    const signedOut = await fetch(`${kakaoSystem.system.webUrl}/api/trpc/backend${me.slice('/trpc'.length)}`, {
      headers: { authorization: forged },
    });
    expect(signedOut.status).toBe(401);
    const list = `/api/trpc/backend/admin.members.list?input=${encodeURIComponent('{}')}`;
    expect((await page.request.get(list, { headers: { authorization: forged } })).status()).toBe(403);
    expect((await page.request.get(me.replace('/trpc', '/api/trpc/backend'))).status()).toBe(200);
  });

  it(
    'Kakao: a first login creates the member; a Kakao email of an email account links after its password',
    async () => {
      kakaoSystem.kakao.signInAs({ id: 7001, nickname: '카카오향기', email: 'kakao.first@scentence.test' });
      const first = await personPage();
      await first.goto('/login');
      await first.getByRole('button', { name: '카카오로 시작하기' }).click();
      await first.waitForURL(/\/me$/);
      await first.getByTestId('my-page').waitFor();
      expect(await first.getByTestId('my-nickname').textContent()).toBe('카카오향기');
      expect(await first.getByTestId('my-page').textContent()).toContain('카카오 연결됨');
      expect(await first.getByTestId('my-page').textContent()).toContain('카카오로 가입한 계정이라 비밀번호가 없어요');
      expect(kakaoSystem.kakao.requests).toEqual(
        expect.arrayContaining(['GET /oauth/authorize', 'POST /oauth/token', 'GET /v2/user/me']),
      );

      kakaoSystem.kakao.signInAs({ id: 7002, nickname: '다른이름', email: MEMBER.email });
      const second = await personPage();
      await second.goto('/login');
      await second.getByRole('button', { name: '카카오로 시작하기' }).click();
      await second.waitForURL(/\/link-account$/);
      expect(await second.getByTestId('link-intro').textContent()).toContain(MEMBER.email);
      await second.locator('#link-password').fill('Not-the-password-1!');
      await second.getByTestId('link-submit').click();
      await expect
        .poll(() => second.getByTestId('link-password-status').textContent())
        .toBe('비밀번호가 올바르지 않습니다');
      await second.locator('#link-password').fill(MEMBER.password);
      await second.getByTestId('link-submit').click();
      await second.waitForURL(/\/me$/);
      await second.getByTestId('my-page').waitFor();
      expect(await second.getByTestId('my-nickname').textContent()).toBe(MEMBER.nickname);
      expect(await second.getByTestId('my-page').textContent()).toContain('카카오 연결됨');

      // Linked: the same Kakao account now signs straight in, with no link page.
      const again = await personPage();
      await again.goto('/login');
      await again.getByRole('button', { name: '카카오로 시작하기' }).click();
      await again.waitForURL(/\/me$/);
      expect(await again.getByTestId('account-nickname').textContent()).toBe(`${MEMBER.nickname}님`);
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'an admin locks a member, who is signed out and cannot log in; a member never sees /admin',
    async () => {
      const victim = { email: 'lily@scentence.test', password: 'Lily-valley-3!', nickname: '은방울' };
      await signUpThroughApi(ADMIN);
      await signUpThroughApi(victim);

      const member = await personPage();
      await logIn(member, MEMBER.email, MEMBER.password);
      await member.waitForURL(/\/me$/);
      expect(await member.getByRole('link', { name: '관리자' }).count()).toBe(0);
      const forbidden = await member.goto('/admin');
      expect(forbidden?.status()).toBe(404);
      expect(await member.getByText('페이지를 찾을 수 없어요').count()).toBe(1);

      const stranger = await personPage();
      await stranger.goto('/admin');
      await stranger.waitForURL(/\/login\?callbackUrl=%2Fadmin$/);

      const lockedOut = await personPage();
      await logIn(lockedOut, victim.email, victim.password);
      await lockedOut.waitForURL(/\/me$/);

      const admin = await personPage();
      await logIn(admin, ADMIN.email, ADMIN.password);
      await admin.waitForURL(/\/me$/);
      await admin.getByRole('link', { name: '관리자' }).click();
      await admin.waitForURL(/\/admin$/);
      await admin.getByTestId('admin-search').fill('lily@');
      const row = admin.getByTestId('admin-member-row');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.first().getAttribute('data-email')).toBe(victim.email);
      await row.getByTestId('admin-status-select').selectOption('locked');
      await row.getByTestId('admin-status-apply').click();
      await expect.poll(() => row.getByTestId('admin-member-status').textContent()).toBe('잠금');
      expect(await admin.getByTestId('admin-announcement').textContent()).toContain('은방울님의 상태를 ‘잠금’');

      await admin.getByTestId('admin-search').fill('');
      await admin.getByTestId('admin-status-filter').selectOption('locked');
      await expect.poll(() => row.allTextContents()).toEqual([expect.stringContaining(victim.email)]);

      // Signed in before the lock: the next page that asks the backend ends the session.
      await lockedOut.reload();
      await lockedOut.waitForURL(/\/login\?notice=ended$/);
      expect(await lockedOut.getByTestId('login-notice').textContent()).toBe(
        '계정을 더 이상 쓸 수 없어 로그아웃했어요.',
      );
      await logIn(lockedOut, victim.email, victim.password);
      expect(await loginError(lockedOut)).toBe('잠긴 계정입니다. 고객센터에 문의해 주세요');
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'renames (the header follows), withdraws after confirming, and recovers by logging in within 30 days',
    async () => {
      const leaving = { email: 'iris@scentence.test', password: 'Iris-blue-44!', nickname: '아이리스' };
      await signUpThroughApi(leaving);
      const page = await personPage();
      await logIn(page, leaving.email, leaving.password);
      await page.waitForURL(/\/me$/);
      // A new nickname reaches the header too: saving refreshes the session from the backend.
      await page.locator('#profile-nickname').fill('붓꽃');
      await expect
        .poll(() => page.getByTestId('profile-nickname-status').textContent())
        .toBe('사용할 수 있는 닉네임이에요');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await expect.poll(() => page.getByTestId('account-nickname').textContent()).toBe('붓꽃님');

      await page.getByRole('button', { name: '탈퇴하기' }).click();
      const confirm = page.getByRole('button', { name: '탈퇴 확정' });
      expect(await confirm.isDisabled()).toBe(true);
      await page.getByLabel('위 내용을 확인했고, 탈퇴할게요').check();
      await page.locator('#withdraw-password').fill(leaving.password);
      await confirm.click();
      await page.waitForURL(/\/login\?notice=withdrawn/);
      expect(await page.getByTestId('login-notice').textContent()).toMatch(
        /\d{4}년 \d{1,2}월 \d{1,2}일까지 다시 로그인하면/,
      );

      await logIn(page, leaving.email, leaving.password);
      await page.waitForURL(/\/recover$/);
      expect(await page.getByTestId('recover-intro').textContent()).toContain('탈퇴를 요청한 계정이에요');
      await page.getByTestId('recover-submit').click();
      await page.waitForURL(/\/me$/);
      expect(await page.getByTestId('account-nickname').textContent()).toBe('붓꽃님');
    },
    FLOW_TIMEOUT_MS,
  );

  it(
    'refuses with the same words whether or not the email exists, and names the wait after 5 wrong passwords',
    async () => {
      const target = { email: 'thyme@scentence.test', password: 'Thyme-herb-9!', nickname: '타임' };
      await signUpThroughApi(target);
      // Clients behind the load balancer (which appends the address it saw): failures count per client.
      const elsewhere = await personPage({ 'x-forwarded-for': '198.51.100.24' });
      await logIn(elsewhere, 'nobody@scentence.test', 'Whatever-1!');
      const unknownEmail = await loginError(elsewhere);
      expect(unknownEmail).toBe('이메일 또는 비밀번호가 올바르지 않습니다');

      const page = await personPage({ 'x-forwarded-for': '198.51.100.23' });
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await logIn(page, target.email, `Wrong-guess-${attempt}!`);
        expect(await loginError(page)).toBe(unknownEmail);
      }
      // Now even the right password waits, and the page says for how long.
      await logIn(page, target.email, target.password);
      expect(await loginError(page)).toMatch(/^요청이 너무 많습니다\. \d+초 후에 다시 시도해 주세요$/);
    },
    FLOW_TIMEOUT_MS,
  );
});
