'use client';

import { useI18n } from '../i18n/I18nProvider';
import { familyId, useFamilyName } from './noteFamilyLabels';
import type { NoteGroup } from './noteGroups';

/** Links to each family's section further down the page. */
export function NoteFamilyLinks({ groups }: { groups: readonly NoteGroup[] }) {
  const { t } = useI18n();
  const familyName = useFamilyName();
  return (
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
  );
}
