import { pendingRecovery } from '../../auth/pendingSignIn';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { AuthPanel } from '../../members/AuthPanel';
import { ExpiredSignInPanel } from '../../members/ExpiredSignInPanel';
import { formatDate } from '../../members/formatDate';
import { membersPageTitle } from '../../members/pageTitle';
import { RecoverForm } from '../../members/RecoverForm';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('recover');

export default async function RecoverPage() {
  const locale = await requestLocale();
  const text = dictionaryOf(locale).members.recover;
  const pending = await pendingRecovery.read();
  if (!pending) {
    return <ExpiredSignInPanel title={text.expiredTitle} body={text.expiredBody} backToLogin={text.backToLogin} />;
  }
  return (
    <AuthPanel
      title={text.title}
      intro={
        <>
          <p data-testid="recover-intro">{text.intro(formatDate(pending.recoverableUntil, locale))}</p>
          <p>{text.body}</p>
        </>
      }
    >
      <RecoverForm />
    </AuthPanel>
  );
}
