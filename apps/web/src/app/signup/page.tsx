import { redirect } from 'next/navigation';
import { currentMember } from '../../auth/currentMember';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { AuthPanel } from '../../members/AuthPanel';
import { membersPageTitle } from '../../members/pageTitle';
import { SignUpForm } from '../../members/SignUpForm';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('signUp');

export default async function SignUpPage() {
  if (await currentMember()) redirect('/me');
  const text = dictionaryOf(await requestLocale()).members.signUp;
  return (
    <AuthPanel title={text.title} intro={<p>{text.intro}</p>}>
      <SignUpForm />
    </AuthPanel>
  );
}
