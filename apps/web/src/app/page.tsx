import Link from 'next/link';
import { ChatStartBox } from '../chat/ChatStartBox';
import { PopularPerfumes } from '../components/PopularPerfumes';
import { SearchBox } from '../components/SearchBox';
import { dictionaryOf } from '../i18n/locale';
import { requestLocale } from '../i18n/serverLocale';

export default async function HomePage() {
  const t = dictionaryOf(await requestLocale());
  return (
    <>
      <section className="hero">
        <p className="hero__eyebrow">{t.home.eyebrow}</p>
        <h1 className="hero__heading" data-testid="home-heading">
          {t.home.heading}
        </h1>
        <p className="hero__intro">{t.home.intro}</p>
        <ChatStartBox text={t.chat.start} />
        <SearchBox t={t.searchBox} />
      </section>

      <section className="section">
        <div className="section__head">
          <h2 className="section__title">{t.home.popularTitle}</h2>
          <Link href="/search" className="section__link">
            {t.home.seeAll} →
          </Link>
        </div>
        <PopularPerfumes />
      </section>
    </>
  );
}
