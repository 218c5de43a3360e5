import { brandSlug } from '@scentence/api/text';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { BrandPerfumes } from '../../../catalog/BrandPerfumes';
import { brandQuery, brandSortOf, countryName } from '../../../catalog/brandParams';
import { CatalogUnavailable } from '../../../catalog/CatalogNotices';
import { loadBrandPage } from '../../../catalog/catalogBackend';
import { FirstPageLink } from '../../../catalog/FirstPageLink';
import { heroColour } from '../../../catalog/heroColour';
import { brandIn } from '../../../catalog/names';
import { CATALOG_PAGE_SIZE, listStartOf } from '../../../catalog/pageParams';
import { decodedSegment } from '../../../catalog/segment';
import { AccordBars, accordOf } from '../../../components/AccordBars';
import { PageSection } from '../../../components/PageSection';
import { dictionaryOf, labelIn } from '../../../i18n/locale';
import { requestLocale } from '../../../i18n/serverLocale';
import { NO_FILTERS, searchHref } from '../../../search/searchFilters';
import '../../../catalog/catalog.css';

/** Accords named in the page's description. */
const DESCRIBED_ACCORDS = 3;

interface BrandPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load({ params, searchParams }: BrandPageProps) {
  const typed = decodedSegment((await params).slug);
  const query = await searchParams;
  const sort = brandSortOf(query.sort);
  const from = listStartOf(query.from);
  // "Le Labo" or "LE-LABO" typed in the address: a brand has one address.
  const slug = brandSlug(typed);
  if (!slug) notFound();
  if (slug !== typed) permanentRedirect(`/brands/${encodeURIComponent(slug)}${brandQuery(sort, from)}`);
  return { slug, sort, from, loaded: await loadBrandPage(slug, sort, CATALOG_PAGE_SIZE, from) };
}

export async function generateMetadata(props: BrandPageProps): Promise<Metadata> {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { loaded } = await load(props);
  if (!loaded.ok) return { title: t.meta.title, description: t.meta.description };
  const { brand, accords } = loaded.data;
  const name = brandIn(locale, { brand: brand.name, brandKo: brand.nameKo });
  const accordNames = accords
    .slice(0, DESCRIBED_ACCORDS)
    .map(({ key }) => {
      const accord = accordOf(key);
      return accord ? labelIn(locale, accord) : key;
    })
    .join(t.catalog.listSeparator);
  return {
    title: t.brandPage.metaTitle(name),
    description: t.brandPage.metaDescription(name, brand.perfumes, accordNames),
    alternates: { canonical: `/brands/${encodeURIComponent(brand.slug)}` },
  };
}

export default async function BrandPage(props: BrandPageProps) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { slug, sort, from, loaded } = await load(props);
  if (!loaded.ok) return <CatalogUnavailable retryHref={`/brands/${encodeURIComponent(slug)}`} />;
  const { brand, accords } = loaded.data;
  const here = `/brands/${encodeURIComponent(brand.slug)}`;

  const name = brandIn(locale, { brand: brand.name, brandKo: brand.nameKo });
  const alternate = locale === 'ko' ? (brand.nameKo ? brand.name : null) : brand.nameKo;
  const strongest = accords[0] ? accordOf(accords[0].key) : undefined;

  return (
    <article className="catalog-page" data-testid="brand-page" data-brand={brand.slug}>
      <header className="catalog-hero" style={strongest ? heroColour(strongest.color) : undefined}>
        <p className="catalog-hero__eyebrow">{t.brandPage.eyebrow}</p>
        <h1 className="catalog-hero__title" data-testid="brand-title">
          {name}
        </h1>
        {alternate && alternate !== name ? (
          <p className="catalog-hero__alt" lang={locale === 'ko' ? 'en' : 'ko'}>
            {alternate}
          </p>
        ) : null}
        <div className="catalog-hero__meta">
          {brand.country ? (
            <span className="catalog-hero__family" data-testid="brand-country" data-country={brand.country}>
              <span className="catalog-hero__label">{t.brandPage.country}</span>
              {countryName(brand.country, locale)}
            </span>
          ) : null}
          <span className="catalog-hero__count" data-testid="brand-count" data-count={brand.perfumes}>
            {t.catalog.perfumeCount(brand.perfumes)}
          </span>
          <Link href={searchHref({ ...NO_FILTERS, brand: brand.name })} className="section__link">
            {t.brandPage.searchWithin} →
          </Link>
        </div>
      </header>

      {accords.length > 0 ? (
        <PageSection titleId="brand-accords-title" title={t.brandPage.profileTitle} hint={t.brandPage.profileHint}>
          <div className="panel brand-profile" data-testid="brand-accords">
            <AccordBars
              accords={accords.map(({ key, share }) => ({ key, strength: share }))}
              locale={locale}
              limit={accords.length}
              detailed
            />
          </div>
        </PageSection>
      ) : null}

      <PageSection
        titleId="brand-perfumes-title"
        title={t.brandPage.perfumesTitle}
        links={<FirstPageLink from={from} href={`${here}${brandQuery(sort)}`} label={t.catalog.firstPage} />}
      >
        <BrandPerfumes page={loaded.data} sort={sort} from={from} />
      </PageSection>
    </article>
  );
}
