export const SEASON_KEYS = ['spring', 'summer', 'fall', 'winter'] as const;
export type SeasonKey = (typeof SEASON_KEYS)[number];

export const OCCASION_KEYS = ['daily', 'leisure', 'business', 'evening', 'night_out', 'sport'] as const;
export type OccasionKey = (typeof OCCASION_KEYS)[number];

export const GENDER_KEYS = ['feminine', 'masculine', 'unisex'] as const;
export type GenderKey = (typeof GENDER_KEYS)[number];

export const NOTE_POSITIONS = ['top', 'middle', 'base', 'flat'] as const;
export type NotePosition = (typeof NOTE_POSITIONS)[number];

export const CONCENTRATION_KEYS = ['extrait', 'parfum', 'edp', 'edt', 'edc', 'cologne', 'oil'] as const;
export type ConcentrationKey = (typeof CONCENTRATION_KEYS)[number];

export interface Label<K extends string> {
  key: K;
  ko: string;
  en: string;
}

export const SEASONS: readonly Label<SeasonKey>[] = [
  { key: 'spring', ko: '봄', en: 'Spring' },
  { key: 'summer', ko: '여름', en: 'Summer' },
  { key: 'fall', ko: '가을', en: 'Fall' },
  { key: 'winter', ko: '겨울', en: 'Winter' },
];

export const OCCASIONS: readonly Label<OccasionKey>[] = [
  { key: 'daily', ko: '데일리', en: 'Daily' },
  { key: 'leisure', ko: '여가', en: 'Leisure' },
  { key: 'business', ko: '비즈니스', en: 'Business' },
  { key: 'evening', ko: '저녁', en: 'Evening' },
  { key: 'night_out', ko: '나이트 아웃', en: 'Night out' },
  { key: 'sport', ko: '운동', en: 'Sport' },
];

export const GENDERS: readonly Label<GenderKey>[] = [
  { key: 'feminine', ko: '여성적', en: 'Feminine' },
  { key: 'masculine', ko: '남성적', en: 'Masculine' },
  { key: 'unisex', ko: '유니섹스', en: 'Unisex' },
];

export const NOTE_POSITION_LABELS: readonly Label<NotePosition>[] = [
  { key: 'top', ko: '탑 노트', en: 'Top notes' },
  { key: 'middle', ko: '미들 노트', en: 'Heart notes' },
  { key: 'base', ko: '베이스 노트', en: 'Base notes' },
  { key: 'flat', ko: '노트', en: 'Notes' },
];

export const CONCENTRATIONS: readonly Label<ConcentrationKey>[] = [
  { key: 'extrait', ko: '엑스트레 드 퍼퓸', en: 'Extrait de parfum' },
  { key: 'parfum', ko: '퍼퓸', en: 'Parfum' },
  { key: 'edp', ko: '오 드 퍼퓸', en: 'Eau de parfum' },
  { key: 'edt', ko: '오 드 뚜왈렛', en: 'Eau de toilette' },
  { key: 'edc', ko: '오 드 코롱', en: 'Eau de cologne' },
  { key: 'cologne', ko: '코롱', en: 'Cologne' },
  { key: 'oil', ko: '퍼퓸 오일', en: 'Perfume oil' },
];

/** Longevity on Fragrantica's 5 steps (1 very weak … 5 eternal); scores are means on that scale. */
export const LONGEVITY_STEPS: readonly Label<string>[] = [
  { key: '1', ko: '매우 약함', en: 'Very weak' },
  { key: '2', ko: '약함', en: 'Weak' },
  { key: '3', ko: '보통', en: 'Moderate' },
  { key: '4', ko: '오래 감', en: 'Long lasting' },
  { key: '5', ko: '매우 오래 감', en: 'Eternal' },
];

/** Sillage on Fragrantica's 4 steps (1 intimate … 4 enormous). */
export const SILLAGE_STEPS: readonly Label<string>[] = [
  { key: '1', ko: '은은함', en: 'Intimate' },
  { key: '2', ko: '보통', en: 'Moderate' },
  { key: '3', ko: '강함', en: 'Strong' },
  { key: '4', ko: '매우 강함', en: 'Enormous' },
];
