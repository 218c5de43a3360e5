import type { AccordKey } from '@scentence/api/vocabulary';
import Link from 'next/link';
import { accordOf } from '../components/AccordBars';
import { type Locale, labelIn } from '../i18n/locale';
import { noteNameIn } from './names';

/** A link to an accord's page, with the accord's colour. */
export function AccordChip({ accord: key, locale }: { accord: AccordKey; locale: Locale }) {
  const accord = accordOf(key);
  return (
    <Link href={`/accords/${key}`} className="chip chip--accord chip--link" data-testid="accord-chip" data-accord={key}>
      <span className="chip__dot" style={{ backgroundColor: accord?.color ?? '#bbb' }} aria-hidden="true" />
      {accord ? labelIn(locale, accord) : key}
    </Link>
  );
}

interface NoteChipProps {
  note: { slug: string; name: string; nameKo: string | null };
  locale: Locale;
  /** Shown after the name, e.g. how many perfumes carry the note. */
  count?: string;
}

/** A link to a note's page. */
export function NoteChip({ note, locale, count }: NoteChipProps) {
  return (
    <Link
      href={`/notes/${encodeURIComponent(note.slug)}`}
      className="chip chip--link note-chip"
      data-testid="note-link"
      data-note={note.slug}
    >
      {noteNameIn(locale, note)}
      {count ? <span className="note-chip__count">{count}</span> : null}
    </Link>
  );
}
