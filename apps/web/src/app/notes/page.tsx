import type { Metadata } from 'next';
import { CatalogUnavailable } from '../../catalog/CatalogNotices';
import { loadNoteIndex } from '../../catalog/catalogBackend';
import { dictionaryOf } from '../../i18n/locale';
import { requestLocale } from '../../i18n/serverLocale';
import { NoteIndex } from '../../notes/NoteIndex';
import '../../catalog/catalog.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = dictionaryOf(await requestLocale());
  const loaded = await loadNoteIndex();
  return {
    title: t.notesIndex.metaTitle,
    description: loaded.ok ? t.notesIndex.metaDescription(loaded.data.notes.length) : t.notesIndex.intro,
  };
}

/** Every note of the catalog by family, with a filter that narrows as the reader types. */
export default async function NotesPage() {
  const t = dictionaryOf(await requestLocale());
  const loaded = await loadNoteIndex();
  if (!loaded.ok) return <CatalogUnavailable retryHref="/notes" />;
  return (
    <>
      <h1 className="page-title">{t.notesIndex.title}</h1>
      <p className="page-intro">{t.notesIndex.intro}</p>
      <NoteIndex notes={loaded.data.notes} />
    </>
  );
}
