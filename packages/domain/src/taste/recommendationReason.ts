import { ACCORDS, type AccordKey } from '@scentence/api/vocabulary';
import type { TasteNote } from './tasteProfile';

export interface ResembledPerfume {
  brand: string;
  brandKo: string | null;
  name: string;
  nameKo: string | null;
}

export interface RecommendationGrounds {
  /** Accords it shares with the liked perfumes, the most liked first. */
  sharedAccords: readonly AccordKey[];
  /** Notes it shares with the liked perfumes, the most frequent first. */
  sharedNotes: readonly TasteNote[];
  /** The liked perfumes it resembles most. */
  becauseOf: readonly ResembledPerfume[];
}

/** How many accords and notes a reason names. */
export const REASON_ITEMS = 3;

const accordLabel = new Map(ACCORDS.map((accord) => [accord.key, accord]));

function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function koreanSentence(grounds: RecommendationGrounds): string {
  const accords = grounds.sharedAccords.slice(0, REASON_ITEMS).map((key) => accordLabel.get(key)?.ko ?? key);
  const notes = grounds.sharedNotes.slice(0, REASON_ITEMS).map((note) => note.nameKo ?? note.name);
  const shared = [
    accords.length > 0 ? `${accords.join('·')} 어코드` : null,
    notes.length > 0 ? `${notes.join('·')} 노트` : null,
  ].filter((part) => part !== null);
  const first =
    shared.length > 0
      ? `좋아하는 향수들과 ${shared.join('와 ')}가 겹쳐요.`
      : '좋아하는 향수들과 전체적인 향의 결이 비슷해요.';
  const names = grounds.becauseOf.map(
    (perfume) => `${perfume.brandKo ?? perfume.brand} ${perfume.nameKo ?? perfume.name}`,
  );
  return names.length > 0 ? `${first} 가장 닮은 내 향수: ${names.join(', ')}.` : first;
}

function englishSentence(grounds: RecommendationGrounds): string {
  const accords = grounds.sharedAccords
    .slice(0, REASON_ITEMS)
    .map((key) => (accordLabel.get(key)?.en ?? key).toLowerCase());
  const notes = grounds.sharedNotes.slice(0, REASON_ITEMS).map((note) => note.name.toLowerCase());
  const shared = [
    accords.length > 0 ? `the ${englishList(accords)} ${accords.length === 1 ? 'accord' : 'accords'}` : null,
    notes.length > 0 ? `the ${englishList(notes)} ${notes.length === 1 ? 'note' : 'notes'}` : null,
  ].filter((part) => part !== null);
  const first =
    shared.length > 0
      ? `Shares ${shared.join(' and ')} with perfumes you love.`
      : 'Close in overall character to perfumes you love.';
  const names = grounds.becauseOf.map((perfume) => `${perfume.brand} ${perfume.name}`);
  return names.length > 0 ? `${first} Most like your ${englishList(names)}.` : first;
}

/** Why a perfume is recommended, in Korean and English. */
export function recommendationReason(grounds: RecommendationGrounds): { ko: string; en: string } {
  return { ko: koreanSentence(grounds), en: englishSentence(grounds) };
}
