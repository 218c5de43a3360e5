import { ACCORDS, type AccordKey } from '@scentence/api/vocabulary';
import { dictionaryOf, type Locale } from '../i18n/locale';
import { noteNameIn } from './names';

interface Shared {
  sharedAccords: readonly AccordKey[];
  sharedNotes: readonly { name: string; nameKo: string | null }[];
}

/** Why two perfumes are alike, in a sentence: "공통 어코드: 우디, 스모키 · 공통 노트: 샌달우드". */
export function similarityReason(locale: Locale, shared: Shared): string {
  const t = dictionaryOf(locale).catalog;
  const accords = shared.sharedAccords.map((key) => ACCORDS.find((accord) => accord.key === key)?.[locale] ?? key);
  const notes = shared.sharedNotes.map((note) => noteNameIn(locale, note));
  return [
    accords.length > 0 ? t.sharedAccords(accords.join(t.listSeparator)) : null,
    notes.length > 0 ? t.sharedNotes(notes.join(t.listSeparator)) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
