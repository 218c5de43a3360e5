'use client';

import type { NoteIndexEntry } from '@scentence/api/schemas';
import Link from 'next/link';
import { useDeferredValue, useMemo, useState } from 'react';
import { noteAltName, noteNameIn } from '../catalog/names';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';
import { filterKey, groupNotes, noteMatches } from './noteGroups';
import './notesIndex.css';

function familyId(family: string | null): string {
  return `family-${family ?? 'other'}`;
}

/** Every note by family, narrowed as the reader types a Korean or English name. */
export function NoteIndex({ notes }: { notes: readonly NoteIndexEntry[] }) {
  const { locale, t } = useI18n();
  const [text, setText] = useState('');
  const typed = filterKey(useDeferredValue(text));
  const groups = useMemo(
    () => groupNotes(notes.filter((note) => noteMatches(note, typed))).filter((group) => group.notes.length > 0),
    [notes, typed],
  );
  const shown = groups.reduce((sum, group) => sum + group.notes.length, 0);
  const familyName = (family: NoteIndexEntry['family']) => {
    const accord = family ? accordOf(family) : undefined;
    return accord ? labelIn(locale, accord) : t.notesIndex.other;
  };

  return (
    <div className="note-index">
      <search className="note-index__search">
        <label className="note-index__label" htmlFor="note-filter">
          {t.notesIndex.filterLabel}
        </label>
        <input
          id="note-filter"
          type="search"
          className="note-index__input"
          placeholder={t.notesIndex.filterPlaceholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          data-testid="notes-filter"
        />
        <p className="note-index__count" aria-live="polite" data-testid="notes-shown" data-count={shown}>
          {t.notesIndex.shown(shown)}
        </p>
      </search>

      {groups.length > 1 ? (
        <nav className="note-index__families" aria-label={t.notesIndex.families}>
          <ul className="chips">
            {groups.map((group) => (
              <li key={familyId(group.family)}>
                <a href={`#${familyId(group.family)}`} className="chip chip--link">
                  {familyName(group.family)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {groups.length === 0 ? (
        <p className="notice" data-testid="notes-empty">
          {t.notesIndex.empty}
        </p>
      ) : null}

      {groups.map((group) => {
        const accord = group.family ? accordOf(group.family) : undefined;
        const id = familyId(group.family);
        return (
          <section
            key={id}
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
      })}
    </div>
  );
}
