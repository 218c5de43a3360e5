'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Kakao's login, through next-auth's Kakao provider (only rendered when the server has a client id). */
export function KakaoButton({ callbackPath }: { callbackPath: string }) {
  const { t } = useI18n();
  const [leaving, setLeaving] = useState(false);
  return (
    <button
      type="button"
      className="kakao-button"
      disabled={leaving}
      data-testid="kakao-login"
      onClick={() => {
        setLeaving(true);
        void signIn('kakao', { callbackUrl: callbackPath });
      }}
    >
      <svg className="kakao-button__mark" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3C6.5 3 2 6.6 2 11c0 2.8 1.9 5.3 4.7 6.7l-1 3.6c-.1.3.3.6.6.4l4.2-2.8c.5.1 1 .1 1.5.1 5.5 0 10-3.6 10-8S17.5 3 12 3z" />
      </svg>
      {t.members.login.kakao}
    </button>
  );
}
