import type { Metadata } from 'next';
import Link from 'next/link';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  return { title: `${t.notFound.title} | Scentence`, description: t.pageDescriptions.notFound };
}

export default async function NotFound() {
  const t = dictionaryOf(await requestLocale());
  return (
    <section className="notice notice--page">
      <h1 className="notice__title">{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <Link href="/" className="button">
        {t.notFound.home}
      </Link>
    </section>
  );
}
