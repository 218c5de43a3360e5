import { requireMember } from '../../auth/requireMember';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { MyPage } from '../../members/MyPage';
import { membersPageTitle } from '../../members/pageTitle';
import '../../members/members.css';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('me');

interface MyPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MePage({ searchParams }: MyPageProps) {
  await requireMember('/me');
  const text = dictionaryOf(await requestLocale()).members.me;
  const { welcome } = await searchParams;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      <MyPage welcome={welcome === '1'} />
    </>
  );
}
