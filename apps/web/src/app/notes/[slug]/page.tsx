import type { Metadata } from 'next';
import { AccordChip } from '../../../catalog/CatalogChips';
import { CatalogUnavailable } from '../../../catalog/CatalogNotices';
import { loadNotePage } from '../../../catalog/catalogBackend';
import { heroColour } from '../../../catalog/heroColour';
import { IngredientPerfumesSection } from '../../../catalog/IngredientPerfumesSection';
import { noteAltName, noteNameIn } from '../../../catalog/names';
import { CATALOG_PAGE_SIZE, listStartOf } from '../../../catalog/pageParams';
import { accordOf } from '../../../components/AccordBars';
import { dictionaryOf } from '../../../i18n/locale';
import { requestLocale } from '../../../i18n/serverLocale';
import '../../../catalog/catalog.css';

interface NotePageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function decodedSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function load({ params, searchParams }: NotePageProps) {
  const slug = decodedSlug((await params).slug);
  const from = listStartOf((await searchParams).from);
  return { slug, from, loaded: await loadNotePage(slug, CATALOG_PAGE_SIZE, from) };
}

export async function generateMetadata(props: NotePageProps): Promise<Metadata> {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { loaded } = await load(props);
  if (!loaded.ok) return { title: t.meta.title };
  const name = noteNameIn(locale, loaded.data.note);
  return {
    title: t.notePage.metaTitle(name),
    description: loaded.data.note.description?.[locale] ?? t.notePage.metaDescription(name, loaded.data.note.perfumes),
  };
}

export default async function NotePage(props: NotePageProps) {
  const locale = await requestLocale();
  const t = dictionaryOf(locale);
  const { slug, from, loaded } = await load(props);
  const here = `/notes/${encodeURIComponent(slug)}`;
  if (!loaded.ok) return <CatalogUnavailable retryHref={here} />;
  const { note } = loaded.data;
  const alternate = noteAltName(locale, note);
  const family = note.family ? accordOf(note.family) : undefined;

  return (
    <article className="catalog-page" data-testid="note-page" data-note={note.slug}>
      <header className="catalog-hero" style={family ? heroColour(family.color) : undefined}>
        <p className="catalog-hero__eyebrow">{t.notePage.eyebrow}</p>
        <h1 className="catalog-hero__title" data-testid="note-title">
          {noteNameIn(locale, note)}
        </h1>
        {alternate ? <p className="catalog-hero__alt">{alternate}</p> : null}
        <div className="catalog-hero__meta">
          {note.family ? (
            <span className="catalog-hero__family" data-testid="note-family">
              <span className="catalog-hero__label">{t.notePage.family}</span>
              <AccordChip accord={note.family} locale={locale} />
            </span>
          ) : null}
          <span className="catalog-hero__count" data-testid="note-count" data-count={note.perfumes}>
            {t.catalog.perfumeCount(note.perfumes)}
          </span>
        </div>
        <p className="catalog-hero__description" data-testid="note-description">
          {note.description ? note.description[locale] : t.notePage.noDescription}
        </p>
      </header>

      <IngredientPerfumesSection kind="note" page={loaded.data} from={from} here={here} locale={locale} />
    </article>
  );
}
