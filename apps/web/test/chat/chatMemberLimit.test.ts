import { CHAT_MESSAGES, type ErrorBody } from '@scentence/api/schemas';
import { type ComponentProps, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChatProblemNotice } from '../../src/chat/ChatProblemNotice';
import { type ChatProblem, chatProblemOf } from '../../src/chat/chatProblem';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import type { Locale } from '../../src/i18n/locale';

const limited = (messageKey: string, limit: number, seconds: number): ErrorBody => ({
  code: 'TOO_MANY_REQUESTS',
  message: '',
  issues: [],
  messageKey,
  params: { limit, seconds },
});

/** The notice as the reader sees it, as text, and whether it offers to sign in. */
function notice(problem: ChatProblem, locale: Locale) {
  const inPage: ComponentProps<typeof I18nProvider> = {
    locale,
    children: createElement(ChatProblemNotice, {
      problem,
      returnTo: '/chat',
      canRetry: true,
      onRetry: () => {},
      onNewChat: () => {},
    }),
  };
  const html = renderToStaticMarkup(createElement(I18nProvider, inPage));
  return { text: html.replace(/<[^>]+>/g, ' '), offersSignIn: html.includes('/login') };
}

describe("a member's hourly message limit on the chat page", () => {
  const now = Date.now();

  it('is read from its key with the limit and when to come back', () => {
    expect(chatProblemOf(429, limited('chatMemberHourlyLimit', 120, 600), now)).toEqual({
      kind: 'limit',
      of: 'memberMessages',
      limit: 120,
      retryAt: now + 600_000,
    });
    expect(CHAT_MESSAGES.chatMemberHourlyLimit.ko).toContain('{seconds}');
    expect(CHAT_MESSAGES.chatMemberHourlyLimit.en).toContain('{limit}');
  });

  it('says the hourly limit and the time to send again, in Korean and English, without a sign-in offer', () => {
    const problem = chatProblemOf(429, limited('chatMemberHourlyLimit', 120, 600), now);
    // The clock time ten minutes from now, as each language writes it ("오후 3:20", "3:20 PM").
    const comebackIn = (tag: string) =>
      new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit' }).format(new Date(now + 600_000));
    const korean = notice(problem, 'ko');
    expect(korean.text).toContain('한 시간에 메시지를 120개까지');
    expect(korean.text).toContain(`${comebackIn('ko-KR')}부터 다시 보낼 수 있어요`);
    expect(korean.offersSignIn).toBe(false);
    const english = notice(problem, 'en');
    expect(english.text).toContain('120 messages an hour');
    expect(english.text).toContain('send again from');
    expect(english.text).toContain(comebackIn('en-US'));
    expect(english.offersSignIn).toBe(false);
  });

  it("leaves the guest's daily limit as it was: a day's messages and a sign-in offer", () => {
    const guest = notice(chatProblemOf(429, limited('chatGuestDailyLimit', 30, 600), now), 'ko');
    expect(guest.text).toContain('하루에 메시지를 30개까지');
    expect(guest.offersSignIn).toBe(true);
  });
});
