'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { useTransition } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './members.css';

/** 로그인 / 회원가입, or the member's nickname with 마이페이지 (관리자) and 로그아웃. */
export function AccountMenu() {
  const { t } = useI18n();
  const text = t.members.nav;
  const { data: session } = useSession();
  const pathname = usePathname();
  const router = useRouter();
  const [leaving, startLeaving] = useTransition();
  const member = session?.member;

  function logOut() {
    startLeaving(async () => {
      await signOut({ redirect: false });
      router.push('/');
      router.refresh();
    });
  }

  if (!member) {
    return (
      <nav className="account-menu" aria-label={text.account}>
        <Link href="/login" className="account-menu__link" aria-current={pathname === '/login' ? 'page' : undefined}>
          {text.login}
        </Link>
        <Link href="/signup" className="account-menu__link account-menu__link--strong">
          {text.signUp}
        </Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label={text.account}>
      <span className="account-menu__name" data-testid="account-nickname">
        {text.greeting(member.nickname)}
      </span>
      <Link
        href="/wardrobe"
        className="account-menu__link"
        aria-current={pathname === '/wardrobe' ? 'page' : undefined}
        data-testid="nav-wardrobe"
      >
        {t.wardrobe.nav}
      </Link>
      <Link href="/me" className="account-menu__link" aria-current={pathname === '/me' ? 'page' : undefined}>
        {text.myPage}
      </Link>
      {member.role === 'admin' && (
        <Link href="/admin" className="account-menu__link" aria-current={pathname === '/admin' ? 'page' : undefined}>
          {text.admin}
        </Link>
      )}
      <button type="button" className="account-menu__link account-menu__button" onClick={logOut} disabled={leaving}>
        {text.logout}
      </button>
    </nav>
  );
}
