'use client';

import Link from 'next/link';
import { noteAltName, noteNameIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { familyId, useFamilyName } from './noteFamilyLabels';
import type { NoteGroup } from './noteGroups';

/** One family's heading, in its accord's colour, and a link to each of its notes. */
export function NoteFamilySection({ group }: { group: NoteGroup }) {
  const { locale, t } = useI18n();
  const familyName = useFamilyName();
  const accord = group.family ? accordOf(group.family) : undefined;
  const id = familyId(group.family);
  return (
    <section
      id={id}
      className="note-family"
      aria-labelledby={`${id}-title`}
      data-testid="note-family-group"
      data-family={group.family ?? 'other'}
    >
      <h2 className="note-family__title" id={`${id}-title`}>
        <span
          className="note-family__swatch"
          style={{ backgroundColor: accord?.color ?? 'var(--surface-soft)' }}
          aria-hidden="true"
        />
        {familyName(group.family)}
        <span className="note-family__count">{t.notesIndex.shown(group.notes.length)}</span>
      </h2>
      <ul className="note-family__notes">
        {group.notes.map((note) => {
          const alternate = noteAltName(locale, note);
          return (
            <li key={note.slug}>
              <Link
                href={`/notes/${encodeURIComponent(note.slug)}`}
                className="note-entry"
                data-testid="note-index-link"
                data-note={note.slug}
              >
                <span className="note-entry__name">{noteNameIn(locale, note)}</span>
                {alternate ? <span className="note-entry__alt">{alternate}</span> : null}
                <span className="note-entry__count">{t.notesIndex.perfumes(note.perfumes)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
