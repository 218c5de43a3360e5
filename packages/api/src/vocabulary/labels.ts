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

/** Labels from a table of `key: [Korean, English]`, in the table's order; every key must be there. */
export function labelsOf<K extends string>(table: Record<K, readonly [ko: string, en: string]>): readonly Label<K>[] {
  return (Object.entries(table) as [K, readonly [string, string]][]).map(([key, [ko, en]]) => ({ key, ko, en }));
}

export const SEASONS = labelsOf<SeasonKey>({
  spring: ['봄', 'Spring'],
  summer: ['여름', 'Summer'],
  fall: ['가을', 'Fall'],
  winter: ['겨울', 'Winter'],
});

export const OCCASIONS = labelsOf<OccasionKey>({
  daily: ['데일리', 'Daily'],
  leisure: ['여가', 'Leisure'],
  business: ['비즈니스', 'Business'],
  evening: ['저녁', 'Evening'],
  night_out: ['나이트 아웃', 'Night out'],
  sport: ['운동', 'Sport'],
});

export const GENDERS = labelsOf<GenderKey>({
  feminine: ['여성적', 'Feminine'],
  masculine: ['남성적', 'Masculine'],
  unisex: ['유니섹스', 'Unisex'],
});

export const NOTE_POSITION_LABELS = labelsOf<NotePosition>({
  top: ['탑 노트', 'Top notes'],
  middle: ['미들 노트', 'Heart notes'],
  base: ['베이스 노트', 'Base notes'],
  flat: ['노트', 'Notes'],
});

export const CONCENTRATIONS = labelsOf<ConcentrationKey>({
  extrait: ['엑스트레 드 퍼퓸', 'Extrait de parfum'],
  parfum: ['퍼퓸', 'Parfum'],
  edp: ['오 드 퍼퓸', 'Eau de parfum'],
  edt: ['오 드 뚜왈렛', 'Eau de toilette'],
  edc: ['오 드 코롱', 'Eau de cologne'],
  cologne: ['코롱', 'Cologne'],
  oil: ['퍼퓸 오일', 'Perfume oil'],
});

/** Longevity on Fragrantica's 5 steps (1 very weak … 5 eternal); scores are means on that scale. */
export const LONGEVITY_STEPS = labelsOf<string>({
  '1': ['매우 약함', 'Very weak'],
  '2': ['약함', 'Weak'],
  '3': ['보통', 'Moderate'],
  '4': ['오래 감', 'Long lasting'],
  '5': ['매우 오래 감', 'Eternal'],
});

/** Sillage on Fragrantica's 4 steps (1 intimate … 4 enormous). */
export const SILLAGE_STEPS = labelsOf<string>({
  '1': ['은은함', 'Intimate'],
  '2': ['보통', 'Moderate'],
  '3': ['강함', 'Strong'],
  '4': ['매우 강함', 'Enormous'],
});
