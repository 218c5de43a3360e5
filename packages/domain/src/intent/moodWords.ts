import type { AccordKey } from '@scentence/api/vocabulary';

/** An image or feeling people ask for, and the accords that give it (weights 0..1). */
export interface MoodEntry {
  key: string;
  ko: string;
  en: string;
  /** Word stems in Korean (any ending may follow a stem of two syllables or more) and words in English. */
  words: { ko: readonly string[]; en: readonly string[] };
  accords: Partial<Record<AccordKey, number>>;
}

/**
 * Mood and image words, Korean and English, mapped to accords with weights, written by hand
 * from how perfumers describe these effects. The chat and layering steer by these weights.
 */
export const MOODS: readonly MoodEntry[] = [
  {
    key: 'cool',
    ko: '시원한',
    en: 'Cool',
    words: { ko: ['시원', '청량', '쿨한', '차가운', '서늘'], en: ['cool', 'cooling', 'icy', 'chilly', 'crisp'] },
    accords: { aquatic: 1, fresh: 0.9, citrus: 0.5, green: 0.4, aromatic: 0.3 },
  },
  {
    key: 'refreshing',
    ko: '상쾌한',
    en: 'Refreshing',
    words: {
      ko: ['상쾌', '산뜻', '개운', '깔끔'],
      en: ['refreshing', 'invigorating', 'energizing', 'energising', 'uplifting'],
    },
    accords: { fresh: 1, citrus: 0.8, green: 0.5, aquatic: 0.4, aromatic: 0.4 },
  },
  {
    key: 'zesty',
    ko: '상큼한',
    en: 'Zesty',
    words: { ko: ['상큼', '새콤', '상콤'], en: ['tangy', 'bright', 'sparkling'] },
    accords: { citrus: 1, fruity: 0.6, fresh: 0.5, green: 0.3 },
  },
  {
    key: 'cozy',
    ko: '포근한',
    en: 'Cozy',
    words: { ko: ['포근', '아늑', '폭신', '보송'], en: ['cozy', 'cosy', 'comforting', 'snug', 'fuzzy'] },
    accords: { musky: 0.9, powdery: 0.7, vanilla: 0.6, creamy: 0.6, amber: 0.5, woody: 0.3 },
  },
  {
    key: 'warm',
    ko: '따뜻한',
    en: 'Warm',
    words: { ko: ['따뜻', '따스', '훈훈', '온기'], en: ['warm', 'warming'] },
    accords: { amber: 1, vanilla: 0.7, spicy: 0.6, woody: 0.5, resinous: 0.5 },
  },
  {
    key: 'clean',
    ko: '깨끗한',
    en: 'Clean',
    words: { ko: ['깨끗', '청결', '클린한', '맑은', '정갈'], en: ['clean', 'pure'] },
    accords: { musky: 1, fresh: 0.8, aldehydic: 0.6, aquatic: 0.4, powdery: 0.3 },
  },
  {
    key: 'soapy',
    ko: '비누 같은',
    en: 'Soapy',
    words: { ko: ['비누', '비누향', '섬유유연제', '빨래', '세탁', '코튼'], en: ['soapy', 'soap', 'laundry', 'cotton'] },
    accords: { musky: 0.9, fresh: 0.8, aldehydic: 0.7, powdery: 0.5 },
  },
  {
    key: 'skin',
    ko: '살냄새 같은',
    en: 'Skin scent',
    words: { ko: ['살냄새', '살내음', '스킨향', '체향'], en: ['skin scent', 'skin-like'] },
    accords: { musky: 1, powdery: 0.5, creamy: 0.4, woody: 0.3 },
  },
  {
    key: 'sophisticated',
    ko: '세련된',
    en: 'Sophisticated',
    words: {
      ko: ['세련', '도회적', '도시적', '시크', '고급', '고급스러', '모던'],
      en: ['sophisticated', 'chic', 'classy', 'luxurious', 'refined', 'modern'],
    },
    accords: { chypre: 0.7, woody: 0.6, aldehydic: 0.6, powdery: 0.6, floral: 0.4, leathery: 0.3 },
  },
  {
    key: 'elegant',
    ko: '우아한',
    en: 'Elegant',
    words: { ko: ['우아', '고상', '기품', '단아'], en: ['elegant', 'graceful', 'ladylike', 'timeless'] },
    accords: { floral: 0.8, powdery: 0.7, chypre: 0.5, aldehydic: 0.5, white_floral: 0.4 },
  },
  {
    key: 'sensual',
    ko: '관능적인',
    en: 'Sensual',
    words: { ko: ['관능', '섹시', '유혹', '매혹', '요염'], en: ['sensual', 'sexy', 'seductive', 'alluring', 'sultry'] },
    accords: { amber: 0.8, musky: 0.6, vanilla: 0.5, white_floral: 0.5, animalic: 0.5, leathery: 0.4, spicy: 0.4 },
  },
  {
    key: 'deep',
    ko: '묵직한',
    en: 'Deep',
    words: {
      ko: ['묵직', '진한', '무거운', '깊은', '강렬', '농밀', '짙은'],
      en: ['deep', 'heavy', 'intense', 'bold', 'rich', 'dense'],
    },
    accords: { amber: 0.8, resinous: 0.7, woody: 0.7, leathery: 0.5, smoky: 0.4 },
  },
  {
    key: 'light',
    ko: '가벼운',
    en: 'Light',
    words: {
      ko: ['가벼운', '가볍', '은은', '잔잔', '은은한', '연한', '투명'],
      en: ['light', 'subtle', 'airy', 'sheer', 'delicate', 'faint', 'transparent'],
    },
    accords: { fresh: 0.7, musky: 0.7, citrus: 0.5, green: 0.4, powdery: 0.3 },
  },
  {
    key: 'soft',
    ko: '부드러운',
    en: 'Soft',
    words: { ko: ['부드러', '부드럽', '몽글', '보드라'], en: ['soft', 'smooth', 'gentle', 'velvety'] },
    accords: { musky: 0.8, powdery: 0.7, creamy: 0.6, floral: 0.3 },
  },
  {
    key: 'innocent',
    ko: '청순한',
    en: 'Innocent',
    words: { ko: ['청순', '순수', '풋풋', '순한', '맑고'], en: ['innocent', 'youthful'] },
    accords: { musky: 0.8, white_floral: 0.7, powdery: 0.7, fresh: 0.5, floral: 0.5 },
  },
  {
    key: 'playful',
    ko: '발랄한',
    en: 'Playful',
    words: {
      ko: ['발랄', '귀여운', '귀엽', '상큼발랄', '러블리', '사랑스러'],
      en: ['playful', 'cute', 'fun', 'girly', 'lovely'],
    },
    accords: { fruity: 1, sweet: 0.7, floral: 0.5, citrus: 0.4 },
  },
  {
    key: 'romantic',
    ko: '로맨틱한',
    en: 'Romantic',
    words: { ko: ['로맨틱', '설레', '낭만'], en: ['romantic', 'dreamy'] },
    accords: { floral: 1, powdery: 0.6, sweet: 0.5, musky: 0.4, fruity: 0.3 },
  },
  {
    key: 'radiant',
    ko: '화사한',
    en: 'Radiant',
    words: { ko: ['화사', '화려', '밝은', '생기'], en: ['radiant', 'sunny', 'cheerful', 'vibrant', 'joyful'] },
    accords: { floral: 1, fruity: 0.5, citrus: 0.5, fresh: 0.3, white_floral: 0.3 },
  },
  {
    key: 'mysterious',
    ko: '신비로운',
    en: 'Mysterious',
    words: {
      ko: ['신비', '몽환', '고혹', '미스터리', '오묘'],
      en: ['mysterious', 'mystical', 'enigmatic', 'hypnotic'],
    },
    accords: { amber: 0.7, resinous: 0.7, smoky: 0.6, spicy: 0.5, woody: 0.5, powdery: 0.3 },
  },
  {
    key: 'dark',
    ko: '어두운',
    en: 'Dark',
    words: { ko: ['어두운', '다크', '퇴폐', '시크한 밤'], en: ['dark', 'moody', 'brooding', 'gothic'] },
    accords: { leathery: 0.8, smoky: 0.8, resinous: 0.7, amber: 0.6, woody: 0.6 },
  },
  {
    key: 'mature',
    ko: '성숙한',
    en: 'Mature',
    words: {
      ko: ['성숙', '어른스러', '중후', '클래식한', '클래식'],
      en: ['mature', 'grown-up', 'classic', 'distinguished'],
    },
    accords: { chypre: 0.7, amber: 0.6, leathery: 0.5, woody: 0.5, powdery: 0.4, aromatic: 0.3 },
  },
  {
    key: 'calm',
    ko: '차분한',
    en: 'Calm',
    words: {
      ko: ['차분', '편안', '안정', '힐링', '고요', '명상'],
      en: ['calm', 'calming', 'relaxing', 'soothing', 'peaceful', 'serene'],
    },
    accords: { aromatic: 0.7, woody: 0.6, green: 0.5, musky: 0.5, powdery: 0.3 },
  },
  {
    key: 'natural',
    ko: '자연스러운',
    en: 'Natural',
    words: {
      ko: ['자연', '숲', '숲속', '산림', '싱그러', '싱그럽', '내추럴'],
      en: ['natural', 'forest', 'outdoorsy', 'nature'],
    },
    accords: { green: 1, woody: 0.6, earthy: 0.6, aromatic: 0.5 },
  },
  {
    key: 'nutty',
    ko: '고소한',
    en: 'Nutty',
    words: { ko: ['고소', '꼬소'], en: ['nutty', 'toasty'] },
    accords: { gourmand: 0.8, creamy: 0.6, sweet: 0.3, woody: 0.3 },
  },
];
