import type { Metadata } from 'next';
import { Suspense } from 'react';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { LayeringPage } from '../../layering/LayeringPage';
import { LayeringProvider } from '../../trpc/LayeringProvider';

export async function generateMetadata(): Promise<Metadata> {
  const text = dictionaryOf(await requestLocale()).layering;
  return { title: text.metaTitle, description: text.metaDescription };
}

/** 레이어링: which two perfumes to wear together, and why. The page's state is its address (`?a=`, `?b=`). */
export default async function LayeringRoute() {
  const text = dictionaryOf(await requestLocale()).layering;
  return (
    <>
      <h1 className="page-title">{text.title}</h1>
      <p className="layering-intro">{text.intro}</p>
      <LayeringProvider>
        <Suspense>
          <LayeringPage />
        </Suspense>
      </LayeringProvider>
    </>
  );
}
