import { pendingLink } from '../../auth/pendingSignIn';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { LinkAccountForm } from '../../members/LinkAccountForm';
import { PendingSignInPanel } from '../../members/PendingSignInPanel';
import { membersPageTitle } from '../../members/pageTitle';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('link');

export default async function LinkAccountPage() {
  const text = dictionaryOf(await requestLocale()).members.link;
  const pending = await pendingLink.read();
  const intro = pending && { testId: 'link-intro', lead: text.intro(pending.email), detail: text.after };
  return (
    <PendingSignInPanel text={text} intro={intro}>
      <LinkAccountForm />
    </PendingSignInPanel>
  );
}
