'use client';

import type { NoteIndexEntry } from '@scentence/api/schemas';
import { accordOf } from '../components/AccordBars';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

/** The anchor of a family's section, which the family links point at. */
export function familyId(family: string | null): string {
  return `family-${family ?? 'other'}`;
}

/** A family's name in the reader's language; notes nothing places are "other". */
export function useFamilyName(): (family: NoteIndexEntry['family']) => string {
  const { locale, t } = useI18n();
  return (family) => {
    const accord = family ? accordOf(family) : undefined;
    return accord ? labelIn(locale, accord) : t.notesIndex.other;
  };
}
