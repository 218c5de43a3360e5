import { LONGEVITY_STEPS, OCCASIONS, SEASONS, SILLAGE_STEPS } from '@scentence/api/vocabulary';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { bottleLabelOf } from '../../../bottle/PerfumeBottle';
import { PerfumePicture } from '../../../bottle/PerfumePicture';
import { SHARE_SIZE } from '../../../bottle/ShareCard';
import { AccordChip } from '../../../catalog/CatalogChips';
import { CatalogUnavailable } from '../../../catalog/CatalogNotices';
import { loadPerfume, loadSimilarPerfumes } from '../../../catalog/catalogBackend';
import { NotePyramid } from '../../../catalog/NotePyramid';
import { brandIn } from '../../../catalog/names';
import { PerformanceScale } from '../../../catalog/PerformanceScale';
import { perfumeIdOf } from '../../../catalog/pageParams';
import { ShareBars } from '../../../catalog/ShareBars';
import { SimilarPerfumes } from '../../../catalog/SimilarPerfumes';
import { AccordBars, accordOf } from '../../../components/AccordBars';
import { perfumeDetailsOf } from '../../../components/PerfumeCard';
import { dictionaryOf, labelIn } from '../../../i18n/locale';
import { requestLocale } from '../../../i18n/serverLocale';
import { NO_FILTERS, searchHref } from '../../../search/searchFilters';
import { WardrobeButton } from '../../../wardrobe/WardrobeButton';
import '../../../catalog/catalog.css';

const SIMILAR_COUNT = 8;
const HERO_ACCORDS = 3;
/** The bottle's height in the page header, in CSS pixels. */
const HERO_PICTURE_SIZE = 236;

interface PerfumePageProps {
  params: Promise<{ id: string }>;
}

async function idFrom(params: PerfumePageProps['params']): Promise<number> {
  const id = perfumeIdOf((await params).id);
  if (id === null) notFound();
  return id;
}

export async function generateMetadata({ params }: PerfumePageProps): Promise<Metadata> {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const loaded = await loadPerfume(await idFrom(params));
  if (!loaded.ok) return { title: t.meta.title };
  const perfume = loaded.data;
  const brand = brandIn(locale, perfume);
  const accords = perfume.accords
    .slice(0, HERO_ACCORDS)
    .map(({ key }) => {
      const accord = accordOf(key);
      return accord ? labelIn(locale, accord) : key;
    })
    .join(', ');
  const title = t.perfumePage.metaTitle(perfume.name, brand);
  const description = t.perfumePage.metaDescription(perfume.name, brand, accords);
  // The share preview is the bottle drawing (share.png), in the language the page is read in.
  const image = {
    url: `/perfumes/${perfume.id}/share.png${locale === 'ko' ? '' : `?lang=${locale}`}`,
    ...SHARE_SIZE,
    alt: bottleLabelOf(perfume, locale),
    type: 'image/png',
  };
  return {
    title,
    description,
    openGraph: { type: 'website', siteName: 'Scentence', title, description, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export default async function PerfumePage({ params }: PerfumePageProps) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const id = await idFrom(params);
  // One batched request to the backend for both.
  const [loaded, similar] = await Promise.all([loadPerfume(id), loadSimilarPerfumes(id, SIMILAR_COUNT)]);
  if (!loaded.ok) return <CatalogUnavailable retryHref={`/perfumes/${id}`} />;
  const perfume = loaded.data;
  const brand = brandIn(locale, perfume);
  const details = perfumeDetailsOf(perfume, locale);
  const alternateName = locale === 'ko' ? perfume.nameKo : null;

  return (
    <article className="perfume-page" data-testid="perfume-page" data-perfume-id={perfume.id}>
      <header className="perfume-hero">
        <PerfumePicture
          perfume={perfume}
          locale={locale}
          size={HERO_PICTURE_SIZE}
          eager
          className="perfume-hero__picture"
        />
        <div className="perfume-hero__text">
          <Link
            href={searchHref({ ...NO_FILTERS, brand: perfume.brand })}
            className="perfume-hero__brand"
            data-testid="perfume-page-brand"
            title={t.perfumePage.brandLink(brand)}
          >
            {brand}
          </Link>
          <h1 className="perfume-hero__name" data-testid="perfume-page-name">
            {perfume.name}
          </h1>
          {alternateName && alternateName !== perfume.name ? (
            <p className="perfume-hero__alt" lang="ko">
              {alternateName}
            </p>
          ) : null}
          {details.length > 0 ? (
            <ul className="perfume-facts" data-testid="perfume-facts">
              {details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          {perfume.perfumers.length > 0 ? (
            <p className="perfume-hero__perfumers" data-testid="perfume-perfumers">
              <span className="perfume-hero__label">{t.perfumePage.perfumers}</span>
              {perfume.perfumers.join(', ')}
            </p>
          ) : null}
          {perfume.accords.length > 0 ? (
            <ul className="chips perfume-hero__accords">
              {perfume.accords.slice(0, HERO_ACCORDS).map(({ key }) => (
                <li key={key}>
                  <AccordChip accord={key} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
          <WardrobeButton perfume={perfume} variant="page" />
        </div>
      </header>

      <div className="perfume-panels">
        <section className="panel" aria-labelledby="perfume-notes" data-testid="perfume-notes">
          <h2 className="panel__title" id="perfume-notes">
            {t.perfumePage.notes}
          </h2>
          <NotePyramid notes={perfume.notes} locale={locale} />
        </section>

        <section className="panel" aria-labelledby="perfume-accords" data-testid="perfume-accords">
          <h2 className="panel__title" id="perfume-accords">
            {t.perfumePage.accords}
          </h2>
          <p className="panel__hint">{t.perfumePage.accordsHint}</p>
          <AccordBars accords={perfume.accords} locale={locale} limit={perfume.accords.length} detailed />
        </section>

        <section className="panel" aria-labelledby="perfume-seasons">
          <h2 className="panel__title" id="perfume-seasons">
            {t.perfumePage.seasons}
          </h2>
          <p className="panel__hint">{t.perfumePage.sharesHint}</p>
          <ShareBars shares={perfume.seasons} options={SEASONS} locale={locale} testId="season-shares" />
        </section>

        <section className="panel" aria-labelledby="perfume-occasions">
          <h2 className="panel__title" id="perfume-occasions">
            {t.perfumePage.occasions}
          </h2>
          <p className="panel__hint">{t.perfumePage.sharesHint}</p>
          <ShareBars shares={perfume.occasions} options={OCCASIONS} locale={locale} testId="occasion-shares" />
        </section>

        <section className="panel panel--wide" aria-labelledby="perfume-performance">
          <h2 className="panel__title" id="perfume-performance">
            {t.perfumePage.performance}
          </h2>
          <div className="performance-pair">
            <PerformanceScale
              title={t.perfumePage.longevity}
              mean={perfume.longevity}
              steps={LONGEVITY_STEPS}
              locale={locale}
              testId="longevity"
            />
            <PerformanceScale
              title={t.perfumePage.sillage}
              mean={perfume.sillage}
              steps={SILLAGE_STEPS}
              locale={locale}
              testId="sillage"
            />
          </div>
        </section>
      </div>

      <section className="section" aria-labelledby="perfume-similar">
        <div className="section__head">
          <h2 className="section__title" id="perfume-similar">
            {t.perfumePage.similarTitle}
          </h2>
        </div>
        {similar.ok ? (
          <SimilarPerfumes similar={similar.data} locale={locale} />
        ) : (
          <p className="notice notice--error">{t.errors.unavailable}</p>
        )}
      </section>
    </article>
  );
}
