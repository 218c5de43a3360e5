import type { Metadata } from 'next';
import Link from 'next/link';
import { SHARE_SIZE } from '../../../../bottle/ShareCard';
import { CatalogUnavailable } from '../../../../catalog/CatalogNotices';
import { accordOf } from '../../../../components/AccordBars';
import { dictionaryOf, labelIn } from '../../../../i18n/locale';
import { requestLocale } from '../../../../i18n/serverLocale';
import { ScentTypeCardView } from '../../../../map/ScentTypeCardView';
import { loadScentTypeCard } from '../../../../map/scentmapServer';
import { scentTypeImagePath, scentTypePagePath } from '../../../../map/scentTypeLinks';
import '../../../../map/map.css';

interface CardPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: CardPageProps): Promise<Metadata> {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { id } = await params;
  const loaded = await loadScentTypeCard(id);
  if (!loaded.ok) return { title: t.meta.title };
  const card = loaded.data;
  const persona = card.persona.name[locale];
  const accords = card.accords
    .map(({ key }) => {
      const accord = accordOf(key);
      return accord ? labelIn(locale, accord) : key;
    })
    .join(', ');
  const title = t.map.scentType.metaTitle(persona);
  const description = t.map.scentType.metaDescription(persona, accords);
  const image = {
    url: scentTypeImagePath(card.id, locale),
    ...SHARE_SIZE,
    alt: t.map.scentType.imageAlt(persona),
    type: 'image/png',
  };
  return {
    title,
    description,
    // A card is one visitor's: shared by its link, not listed by search engines.
    robots: { index: false },
    alternates: { canonical: scentTypePagePath(card.id) },
    openGraph: { type: 'website', siteName: 'Scentence', title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** A shared scent type card: the card, its PNG, and the way to the map to make one's own. */
export default async function ScentTypeCardPage({ params }: CardPageProps) {
  const locale = await requestLocale();
  const text = dictionaryOf(locale).map.scentType;
  const { id } = await params;
  const loaded = await loadScentTypeCard(id);
  if (!loaded.ok) return <CatalogUnavailable retryHref={scentTypePagePath(id)} />;
  return (
    <div className="scent-card-page" data-testid="scent-type-page">
      <h1 className="page-title">{text.pageTitle}</h1>
      <ScentTypeCardView card={loaded.data} locale={locale} />
      <div className="scent-map__card-actions">
        <a className="button" href={scentTypeImagePath(loaded.data.id, locale)} download={text.fileName}>
          {text.download}
        </a>
        <Link className="button button--quiet" href="/map">
          {text.exploreMap}
        </Link>
      </div>
    </div>
  );
}
