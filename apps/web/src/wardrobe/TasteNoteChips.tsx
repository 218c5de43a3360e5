'use client';

import type { TasteProfile } from '@scentence/api/schemas';
import Link from 'next/link';
import { noteNameIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';

/** Notes as chips linking to each note's page, or a word that there are none. */
export function TasteNoteChips({ notes, testId }: { notes: TasteProfile['likedNotes']; testId: string }) {
  const { locale, t } = useI18n();
  if (notes.length === 0) return <p className="wardrobe-muted">{t.wardrobe.taste.none}</p>;
  return (
    <ul className="chips" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.slug}>
          <Link className="chip" href={`/notes/${encodeURIComponent(note.slug)}`} data-note={note.slug}>
            {noteNameIn(locale, note)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
