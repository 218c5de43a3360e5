import type { LayeringReason } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, type Label } from '@scentence/api/vocabulary';
import { type ParticlePair, withParticle } from '@scentence/domain/text';
import type { LayeringNote, LayeringPerfume } from './layeringPerfume';

export type Localized = { ko: string; en: string };

const ACCORD_LABELS = new Map(ACCORDS.map((accord) => [accord.key, accord]));

export function accordLabel(key: AccordKey): Localized {
  const label = ACCORD_LABELS.get(key);
  return { ko: label?.ko ?? key, en: (label?.en ?? key).toLowerCase() };
}

export function perfumeLabel(perfume: Pick<LayeringPerfume, 'name' | 'nameKo'>): Localized {
  return { ko: perfume.nameKo ?? perfume.name, en: perfume.name };
}

export function labelOf<K extends string>(labels: readonly Label<K>[], key: K): Localized {
  const label = labels.find((entry) => entry.key === key);
  return { ko: label?.ko ?? key, en: label?.en ?? key };
}

/** "시트러스·플로럴" / "citrus and floral". */
export function joinLabels(labels: readonly Localized[]): Localized {
  const en = labels.map((label) => label.en);
  return {
    ko: labels.map((label) => label.ko).join('·'),
    en: en.length <= 1 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`,
  };
}

/**
 * A text with its placeholders filled in each language: `{name}`, or in Korean `{name:와/과}` for
 * the word with the particle its last syllable takes ("플로럴과", "시트러스와").
 */
export function localize(template: Localized, values: Record<string, Localized | number>): Localized {
  const fill = (text: string, locale: keyof Localized) =>
    text.replace(/\{(\w+)(?::([^}]+))?\}/g, (whole, name: string, particle?: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      const word = typeof value === 'number' ? String(value) : value[locale];
      return particle && locale === 'ko' ? withParticle(word, particle as ParticlePair) : word;
    });
  return { ko: fill(template.ko, 'ko'), en: fill(template.en, 'en') };
}

export function noteRef(note: LayeringNote): LayeringReason['notes'][number] {
  return { slug: note.slug, name: note.name, nameKo: note.nameKo };
}
