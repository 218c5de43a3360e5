'use client';

import { type MemberProfile, USER_MODE_LABELS } from '@scentence/api/schemas';
import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { useEffect } from 'react';
import { backendFailureOf } from '../auth/backendErrors';
import { problemText } from '../auth/memberProblem';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { trpc } from '../trpc/client';
import { formatDate } from './formatDate';
import { PasswordSection } from './PasswordSection';
import { ProfileAvatar } from './ProfileAvatar';
import { ProfileImageSection } from './ProfileImageSection';
import { ProfileSection } from './ProfileSection';
import { WithdrawSection } from './WithdrawSection';

/** A member whose account was locked or withdrawn since signing in: the session is over. */
function endsSession(error: unknown): boolean {
  const { problem } = backendFailureOf(error);
  return problem.kind === 'member' && (problem.key === 'signInAgain' || problem.key === 'accountLocked');
}

/** 마이페이지: the profile from `member.me` (which also proves the session still holds). */
export function MyPage({ welcome }: { welcome: boolean }) {
  const { locale, t } = useI18n();
  const text = t.members.me;
  const router = useRouter();
  const utils = trpc.useUtils();
  const me = trpc.member.me.useQuery({}, { staleTime: 0 });
  const ended = me.error ? endsSession(me.error) : false;

  useEffect(() => {
    if (!ended) return;
    void signOut({ redirect: false }).then(() => {
      router.replace('/login?notice=ended');
      router.refresh();
    });
  }, [ended, router]);

  const onProfile = (profile: MemberProfile) => utils.member.me.setData({}, profile);

  if (me.error) {
    return (
      <p className="notice notice--error" role="alert">
        {ended ? text.sessionEnded : problemText(backendFailureOf(me.error).problem, locale, t.members.errors)}
      </p>
    );
  }
  if (!me.data) return <p className="member-page__loading">{text.loading}</p>;

  const profile = me.data;
  const mode = USER_MODE_LABELS.find((label) => label.key === profile.userMode);
  return (
    <div className="member-page" data-testid="my-page">
      {welcome && (
        <p className="member-banner" role="status">
          {text.welcome(profile.nickname)}
        </p>
      )}
      <header className="member-hero">
        <ProfileAvatar imageUrl={profile.imageUrl} nickname={profile.nickname} alt={text.imageAlt(profile.nickname)} />
        <div>
          <p className="member-hero__name" data-testid="my-nickname">
            {profile.nickname}
          </p>
          <p className="member-hero__email">{profile.email ?? text.noLoginEmail}</p>
          <ul className="member-badges">
            {mode && <li className="member-badge">{labelIn(locale, mode)}</li>}
            {profile.kakaoLinked && <li className="member-badge member-badge--kakao">{text.kakaoLinked}</li>}
            {profile.role === 'admin' && <li className="member-badge member-badge--admin">{text.adminBadge}</li>}
            <li className="member-badge member-badge--plain">{text.joined(formatDate(profile.createdAt, locale))}</li>
          </ul>
        </div>
      </header>
      <div className="member-grid">
        <ProfileSection profile={profile} onProfile={onProfile} />
        <ProfileImageSection profile={profile} onProfile={onProfile} />
        <PasswordSection hasPassword={profile.hasPassword} />
        <WithdrawSection hasPassword={profile.hasPassword} />
      </div>
    </div>
  );
}
