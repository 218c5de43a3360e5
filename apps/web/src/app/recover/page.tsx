import { pendingRecovery } from '../../auth/pendingSignIn';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { formatDate } from '../../members/formatDate';
import { PendingSignInPanel } from '../../members/PendingSignInPanel';
import { membersPageTitle } from '../../members/pageTitle';
import { RecoverForm } from '../../members/RecoverForm';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('recover');

export default async function RecoverPage() {
  const locale = await requestLocale();
  const text = dictionaryOf(locale).members.recover;
  const pending = await pendingRecovery.read();
  const intro = pending && {
    testId: 'recover-intro',
    lead: text.intro(formatDate(pending.recoverableUntil, locale)),
    detail: text.body,
  };
  return (
    <PendingSignInPanel text={text} intro={intro}>
      <RecoverForm />
    </PendingSignInPanel>
  );
}
