import { CHAT_RELATION_LABELS, type ChatRelation, type Locale } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import { ACCORDS, GENDERS, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { MOODS } from '@scentence/domain/intent';
import { type ParticlePair, withParticle } from '@scentence/domain/text';

/** Korean and English of one piece of an answer. */
export interface Localized {
  ko: string;
  en: string;
}

export interface NamedPerfume {
  brand: string;
  brandKo: string | null;
  name: string;
  nameKo: string | null;
}

/** "르라보 상탈 33" / "Le Labo Santal 33". */
export function perfumeName(perfume: NamedPerfume, locale: Locale): string {
  return locale === 'ko'
    ? `${perfume.brandKo ?? perfume.brand} ${perfume.nameKo ?? perfume.name}`
    : `${perfume.brand} ${perfume.name}`;
}

export function bothNames(perfume: NamedPerfume): Localized {
  return { ko: perfumeName(perfume, 'ko'), en: perfumeName(perfume, 'en') };
}

const labelOf = <K extends string>(labels: readonly { key: K; ko: string; en: string }[], key: K, locale: Locale) => {
  const label = labels.find((entry) => entry.key === key);
  return label ? label[locale] : key;
};

/** Accords, seasons and occasions stand mid-sentence in English answers: lower case there. */
const inSentence = (label: string, locale: Locale) => (locale === 'en' ? label.toLowerCase() : label);

export const accordLabel = (key: AccordKey, locale: Locale) => inSentence(labelOf(ACCORDS, key, locale), locale);
export const seasonLabel = (key: SeasonKey, locale: Locale) => inSentence(labelOf(SEASONS, key, locale), locale);
export const occasionLabel = (key: OccasionKey, locale: Locale) => inSentence(labelOf(OCCASIONS, key, locale), locale);
export const genderLabel = (key: GenderKey, locale: Locale) => labelOf(GENDERS, key, locale);
export const relationLabel = (key: ChatRelation, locale: Locale) => labelOf(CHAT_RELATION_LABELS, key, locale);
export function moodLabel(key: string, locale: Locale): string {
  const mood = MOODS.find((entry) => entry.key === key);
  if (!mood) return key;
  return locale === 'ko' ? mood.ko : mood.en.toLowerCase();
}

export function noteLabel(note: { name: string; nameKo: string | null }, locale: Locale): string {
  return locale === 'ko' ? (note.nameKo ?? note.name) : note.name.toLowerCase();
}

/** "A·B·C" in Korean, "A, B and C" in English. */
export function listOf(items: readonly string[], locale: Locale): string {
  if (locale === 'ko') return items.join('·');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A Korean word with the particle its last syllable takes ("우디와", "시트러스와"). */
export const particle = (word: string, pair: ParticlePair) => withParticle(word, pair);

/** The particle alone, for a word shown in quotes ("'바닐라'가"). */
export const particleOf = (word: string, pair: ParticlePair) => withParticle(word, pair).slice(word.trimEnd().length);

/** Both languages of a sentence built by one function. */
export function both(build: (locale: Locale) => string): Localized {
  return { ko: build('ko'), en: build('en') };
}
