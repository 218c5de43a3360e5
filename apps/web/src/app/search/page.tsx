import type { Metadata } from 'next';
import { Suspense } from 'react';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { SearchView } from '../../search/SearchView';

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  return { title: `${t.search.title} | Scentence`, description: t.pageDescriptions.search };
}

export default async function SearchPage() {
  const t = dictionaryOf(await requestLocale());
  return (
    <>
      <h1 className="page-title">{t.search.title}</h1>
      <Suspense>
        <SearchView />
      </Suspense>
    </>
  );
}
