import { notFound } from 'next/navigation';
import { requireMember } from '../../auth/requireMember';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { AdminMembers } from '../../members/AdminMembers';
import { membersPageTitle } from '../../members/pageTitle';
import '../../members/members.css';

// Per person and per request (the session, the pending sign-in cookie): never prerendered.
export const dynamic = 'force-dynamic';

export const generateMetadata = membersPageTitle('admin');

/** Admins only: to anyone else the page does not exist (the backend refuses them as well). */
export default async function AdminPage() {
  const member = await requireMember('/admin');
  if (member.role !== 'admin') notFound();
  const text = dictionaryOf(await requestLocale()).members.admin;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      <p className="member-page__intro">{text.intro}</p>
      <AdminMembers selfId={member.id} />
    </>
  );
}
