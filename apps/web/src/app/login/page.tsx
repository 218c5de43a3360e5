import { redirect } from 'next/navigation';
import { currentMember } from '../../auth/currentMember';
import { webEnv } from '../../env';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { AuthPanel } from '../../members/AuthPanel';
import { safeCallbackPath } from '../../members/callbackPath';
import { LoginForm } from '../../members/LoginForm';
import { loginErrorText, loginNoticeText } from '../../members/loginNotices';
import { membersPageTitle } from '../../members/pageTitle';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('login');

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentMember()) redirect(callbackPath);
  const locale = await requestLocale();
  const text = dictionaryOf(locale).members;
  const notice = loginNoticeText(params.notice, params.until, locale, text);
  return (
    <AuthPanel title={text.login.title} intro={<p>{text.login.intro}</p>}>
      {notice && (
        <p className="member-banner" role="status" data-testid="login-notice">
          {notice}
        </p>
      )}
      <LoginForm
        callbackPath={callbackPath}
        kakaoEnabled={Boolean(webEnv().KAKAO_CLIENT_ID)}
        initialError={loginErrorText(params.error, locale, text)}
      />
    </AuthPanel>
  );
}
