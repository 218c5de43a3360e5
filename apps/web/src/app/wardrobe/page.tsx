import type { Metadata } from 'next';
import { requireMember } from '../../auth/requireMember';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { WardrobePage } from '../../wardrobe/WardrobePage';

// Per member and per request: never prerendered.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const text = dictionaryOf(await requestLocale()).wardrobe;
  return { title: `${text.title} | Scentence`, robots: { index: false } };
}

export default async function WardrobeRoute() {
  await requireMember('/wardrobe');
  const text = dictionaryOf(await requestLocale()).wardrobe;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      <WardrobePage />
    </>
  );
}
