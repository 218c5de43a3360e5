import { ACCORDS } from '@scentence/api/vocabulary';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccordChip, NoteChip } from '../../../catalog/CatalogChips';
import { CatalogUnavailable } from '../../../catalog/CatalogNotices';
import { loadAccordPage } from '../../../catalog/catalogBackend';
import { heroColour } from '../../../catalog/heroColour';
import { IngredientPerfumesSection } from '../../../catalog/IngredientPerfumesSection';
import { accordKeyOf, CATALOG_PAGE_SIZE, listStartOf } from '../../../catalog/pageParams';
import { PageSection } from '../../../components/PageSection';
import { SectionHead } from '../../../components/SectionHead';
import { dictionaryOf, type Locale } from '../../../i18n/locale';
import { requestLocale } from '../../../i18n/serverLocale';
import '../../../catalog/catalog.css';

interface AccordPageProps {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load({ params, searchParams }: AccordPageProps) {
  const key = accordKeyOf((await params).key);
  if (key === null) notFound();
  const from = listStartOf((await searchParams).from);
  return { key, from, loaded: await loadAccordPage(key, CATALOG_PAGE_SIZE, from) };
}

function otherLocale(locale: Locale): Locale {
  return locale === 'ko' ? 'en' : 'ko';
}

export async function generateMetadata(props: AccordPageProps): Promise<Metadata> {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { loaded } = await load(props);
  if (!loaded.ok) return { title: t.meta.title };
  const { accord } = loaded.data;
  return { title: t.accordPage.metaTitle(accord[locale]), description: accord.description[locale] };
}

export default async function AccordPage(props: AccordPageProps) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { key, from, loaded } = await load(props);
  const here = `/accords/${key}`;
  if (!loaded.ok) return <CatalogUnavailable retryHref={here} />;
  const { accord, notes, perfumes } = loaded.data;

  return (
    <article className="catalog-page" data-testid="accord-page" data-accord={accord.key}>
      <header className="catalog-hero catalog-hero--accord" style={heroColour(accord.color)}>
        <span className="catalog-hero__swatch" style={{ backgroundColor: accord.color }} aria-hidden="true" />
        <p className="catalog-hero__eyebrow">{t.accordPage.eyebrow}</p>
        <h1 className="catalog-hero__title" data-testid="accord-title">
          {accord[locale]}
        </h1>
        <p className="catalog-hero__alt">{accord[otherLocale(locale)]}</p>
        <div className="catalog-hero__meta">
          <span className="catalog-hero__count" data-testid="accord-count" data-count={perfumes.total}>
            {t.catalog.perfumeCount(perfumes.total)}
          </span>
        </div>
        <p className="catalog-hero__description" data-testid="accord-description">
          {accord.description[locale]}
        </p>
      </header>

      {notes.length > 0 ? (
        <PageSection titleId="accord-notes-title" title={t.accordPage.notesTitle} hint={t.accordPage.notesHint}>
          <ul className="chips chips--roomy" data-testid="accord-notes">
            {notes.map((note) => (
              <li key={note.slug}>
                <NoteChip note={note} locale={locale} count={t.accordPage.notePerfumes(note.perfumes)} />
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}

      <IngredientPerfumesSection kind="accord" page={loaded.data} from={from} here={here} locale={locale} />

      <nav className="section" aria-labelledby="accord-others-title">
        <SectionHead id="accord-others-title" title={t.accordPage.indexTitle}>
          <Link href="/accords" className="section__link">
            {t.accordPage.allAccords} →
          </Link>
        </SectionHead>
        <ul className="chips chips--roomy">
          {ACCORDS.filter((other) => other.key !== accord.key).map((other) => (
            <li key={other.key}>
              <AccordChip accord={other.key} locale={locale} />
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
