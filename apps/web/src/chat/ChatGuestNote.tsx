'use client';

import Link from 'next/link';
import { useI18n } from '../i18n/I18nProvider';
import { loginHrefFor } from '../wardrobe/loginHref';

/** For a guest: the chat is kept a day, and signing in keeps it for good. */
export function ChatGuestNote({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  return (
    <p className="chat-guest-note" data-testid="chat-guest-note">
      {t.chat.guest.note}{' '}
      <Link href={loginHrefFor(returnTo)} data-testid="chat-sign-in">
        {t.chat.guest.signIn}
      </Link>
    </p>
  );
}
