import { ACCORD_DESCRIPTIONS, ACCORDS } from '@scentence/api/vocabulary';
import type { Metadata } from 'next';
import Link from 'next/link';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import '../../catalog/catalog.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  return { title: `${t.accordPage.indexTitle} | Scentence`, description: t.accordPage.indexIntro };
}

/** Every accord of our vocabulary, with its colour and what it smells like. */
export default async function AccordsPage() {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const other = locale === 'ko' ? 'en' : 'ko';
  return (
    <>
      <h1 className="page-title">{t.accordPage.indexTitle}</h1>
      <p className="page-intro">{t.accordPage.indexIntro}</p>
      <ul className="accord-tiles" data-testid="accord-index">
        {ACCORDS.map((accord) => (
          <li key={accord.key}>
            <Link
              href={`/accords/${accord.key}`}
              className="accord-tile"
              data-testid="accord-tile"
              data-accord={accord.key}
            >
              <span className="accord-tile__swatch" style={{ backgroundColor: accord.color }} aria-hidden="true" />
              <span className="accord-tile__name">{accord[locale]}</span>
              <span className="accord-tile__alt">{accord[other]}</span>
              <span className="accord-tile__description">{ACCORD_DESCRIPTIONS[accord.key][locale]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
