'use client';

import type { NoteIndexEntry } from '@scentence/api/schemas';
import { useDeferredValue, useMemo, useState } from 'react';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';
import { NoteFamilyLinks } from './NoteFamilyLinks';
import { NoteFamilySection } from './NoteFamilySection';
import { familyId } from './noteFamilyLabels';
import { filterKey, groupNotes, noteMatches } from './noteGroups';
import './notesIndex.css';

/** Every note by family, narrowed as the reader types a Korean or English name. */
export function NoteIndex({ notes }: { notes: readonly NoteIndexEntry[] }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const typed = filterKey(useDeferredValue(text));
  const groups = useMemo(
    () => groupNotes(notes.filter((note) => noteMatches(note, typed))).filter((group) => group.notes.length > 0),
    [notes, typed],
  );
  const shown = groups.reduce((sum, group) => sum + group.notes.length, 0);

  return (
    <div className="note-index">
      <search className="note-index__search">
        <TextField
          id="note-filter"
          label={t.notesIndex.filterLabel}
          labelClassName="note-index__label"
          type="search"
          className="note-index__input"
          placeholder={t.notesIndex.filterPlaceholder}
          value={text}
          onText={setText}
          autoComplete="off"
          data-testid="notes-filter"
        />
        <p className="note-index__count" aria-live="polite" data-testid="notes-shown" data-count={shown}>
          {t.notesIndex.shown(shown)}
        </p>
      </search>

      {groups.length > 1 ? <NoteFamilyLinks groups={groups} /> : null}

      {groups.length === 0 ? (
        <p className="notice" data-testid="notes-empty">
          {t.notesIndex.empty}
        </p>
      ) : null}

      {groups.map((group) => (
        <NoteFamilySection key={familyId(group.family)} group={group} />
      ))}
    </div>
  );
}
