import { describePerfume } from '@scentence/domain/describe';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bottleLabelOf } from '../../../bottle/PerfumeBottle';
import { SHARE_SIZE } from '../../../bottle/ShareCard';
import { CatalogUnavailable } from '../../../catalog/CatalogNotices';
import { loadPerfume, loadSimilarPerfumes } from '../../../catalog/catalogBackend';
import { brandIn } from '../../../catalog/names';
import { PerfumeHero } from '../../../catalog/PerfumeHero';
import { PerfumePanels } from '../../../catalog/PerfumePanels';
import { perfumeIdOf } from '../../../catalog/pageParams';
import { SimilarPerfumes } from '../../../catalog/SimilarPerfumes';
import { PageSection } from '../../../components/PageSection';
import { dictionaryOf } from '../../../i18n/locale';
import { requestLocale } from '../../../i18n/serverLocale';
import '../../../catalog/catalog.css';

const SIMILAR_COUNT = 8;

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
  const title = t.perfumePage.metaTitle(perfume.name, brand);
  const description = t.perfumePage.metaDescription(perfume.name, brand, describePerfume(perfume, locale));
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

  return (
    <article className="perfume-page" data-testid="perfume-page" data-perfume-id={perfume.id}>
      <PerfumeHero perfume={perfume} locale={locale} />

      <PerfumePanels perfume={perfume} locale={locale} />

      <PageSection titleId="perfume-similar" title={t.perfumePage.similarTitle}>
        {similar.ok ? (
          <SimilarPerfumes similar={similar.data} locale={locale} />
        ) : (
          <p className="notice notice--error">{t.errors.unavailable}</p>
        )}
      </PageSection>
    </article>
  );
}
