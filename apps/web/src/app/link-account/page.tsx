import { pendingLink } from '../../auth/pendingSignIn';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { AuthPanel } from '../../members/AuthPanel';
import { ExpiredSignInPanel } from '../../members/ExpiredSignInPanel';
import { LinkAccountForm } from '../../members/LinkAccountForm';
import { membersPageTitle } from '../../members/pageTitle';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('link');

export default async function LinkAccountPage() {
  const text = dictionaryOf(await requestLocale()).members.link;
  const pending = await pendingLink.read();
  if (!pending) {
    return <ExpiredSignInPanel title={text.expiredTitle} body={text.expiredBody} backToLogin={text.backToLogin} />;
  }
  return (
    <AuthPanel
      title={text.title}
      intro={
        <>
          <p data-testid="link-intro">{text.intro(pending.email)}</p>
          <p>{text.after}</p>
        </>
      }
    >
      <LinkAccountForm />
    </AuthPanel>
  );
}
