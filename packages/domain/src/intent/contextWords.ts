import type { GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';

interface Words {
  ko: readonly string[];
  en: readonly string[];
}

/** Words for the seasons, beyond their labels. Written by hand. */
export const SEASON_WORDS: Readonly<Record<SeasonKey, Words>> = {
  spring: {
    ko: ['봄', '봄날', '봄철', '초봄', '늦봄', '봄바람', '벚꽃 시즌'],
    en: ['spring', 'springtime', 'springy'],
  },
  summer: {
    ko: ['여름', '여름철', '한여름', '초여름', '늦여름', '더운 날', '더울 때', '무더위', '휴가철'],
    en: ['summer', 'summertime', 'summery', 'hot weather', 'heat'],
  },
  fall: { ko: ['가을', '가을철', '초가을', '늦가을', '환절기', '선선한 날'], en: ['fall', 'autumn', 'autumnal'] },
  winter: {
    ko: ['겨울', '겨울철', '한겨울', '초겨울', '추운 날', '추울 때', '연말'],
    en: ['winter', 'wintertime', 'wintry', 'cold weather', 'christmas'],
  },
};

/** Words for the occasions, beyond their labels. Written by hand. */
export const OCCASION_WORDS: Readonly<Record<OccasionKey, Words>> = {
  daily: {
    ko: ['데일리', '매일', '일상', '평소', '평상시', '데일리용', '학교', '등교', '출퇴근'],
    en: ['daily', 'everyday', 'every day', 'school', 'signature'],
  },
  business: {
    ko: ['출근', '회사', '오피스', '사무실', '직장', '업무', '비즈니스', '면접', '미팅', '회의', '출근용'],
    en: ['office', 'work', 'business', 'meeting', 'interview', 'professional', 'workplace'],
  },
  evening: {
    ko: ['저녁', '밤', '데이트', '디너', '저녁식사', '소개팅', '기념일'],
    en: ['evening', 'date', 'date night', 'dinner', 'night', 'anniversary'],
  },
  night_out: {
    ko: ['파티', '클럽', '나이트', '밤외출', '불금', '모임', '연말파티'],
    en: ['party', 'club', 'clubbing', 'night out', 'going out', 'nightlife'],
  },
  leisure: {
    ko: ['주말', '여행', '휴가', '나들이', '피크닉', '캠핑', '휴식', '산책', '바캉스', '여가'],
    en: ['weekend', 'travel', 'vacation', 'holiday', 'picnic', 'leisure', 'casual', 'beach day'],
  },
  sport: {
    ko: ['운동', '헬스', '스포츠', '러닝', '조깅', '등산', '요가', '헬스장'],
    en: ['gym', 'sport', 'sports', 'workout', 'running', 'exercise', 'athletic'],
  },
};

/** Words for a gender lean, including whom a gift is for. Written by hand. */
export const GENDER_WORDS: Readonly<Record<GenderKey, Words>> = {
  masculine: {
    ko: [
      '남자',
      '남성',
      '남성용',
      '남자용',
      '남성적',
      '남자다운',
      '남친',
      '남자친구',
      '남편',
      '아빠',
      '아버지',
      '오빠',
      '형',
      '아들',
      '남자향수',
    ],
    en: [
      'men',
      'man',
      'male',
      'masculine',
      'for men',
      'for him',
      'boyfriend',
      'husband',
      'dad',
      'father',
      'manly',
      'guy',
      'guys',
    ],
  },
  feminine: {
    ko: [
      '여자',
      '여성',
      '여성용',
      '여자용',
      '여성적',
      '여성스러',
      '여친',
      '여자친구',
      '아내',
      '와이프',
      '엄마',
      '어머니',
      '언니',
      '누나',
      '여자향수',
    ],
    en: [
      'women',
      'woman',
      'female',
      'feminine',
      'for women',
      'for her',
      'girlfriend',
      'wife',
      'mom',
      'mother',
      'ladies',
      'lady',
      'womanly',
    ],
  },
  unisex: {
    ko: ['유니섹스', '중성', '중성적', '남녀공용', '남녀 공용', '공용', '젠더리스', '젠더뉴트럴', '커플'],
    en: ['unisex', 'gender neutral', 'genderless', 'androgynous', 'shared', 'for everyone', 'couple'],
  },
};

/** What English calls the thing itself: never a wish, and never a perfume's name on its own. */
export const PERFUME_WORDS_EN = ['perfume', 'perfumes', 'fragrance', 'fragrances', 'scent', 'scents'] as const;

/** Words that carry no wish of their own in a search ("향수 추천해줘", "a perfume for"). */
export const FILLER_WORDS: Words = {
  ko: [
    '향수',
    '퍼퓸',
    '향',
    '향기',
    '냄새',
    '추천',
    '추천해줘',
    '추천해주세요',
    '추천좀',
    '찾아줘',
    '알려줘',
    '좀',
    '요',
    '계열',
    '느낌',
    '스타일',
    '제품',
    '쓸',
    '쓸만한',
    '뿌릴',
    '어울리는',
    '좋은',
    '하는',
    '나는',
    '거',
    '것',
    '뭐',
    '있어',
    '있나요',
    '주세요',
    '해줘',
    '같은',
    '용',
    '위한',
    '때',
    '들어간',
    '들어가는',
    '들어있는',
    '나는',
    '풍기는',
    '베이스',
    '노트',
    '쓰기',
    '좋은거',
  ],
  en: [
    ...PERFUME_WORDS_EN,
    'smell',
    'smells',
    'smelling',
    'recommend',
    'recommendation',
    'recommendations',
    'suggest',
    'something',
    'for',
    'a',
    'an',
    'the',
    'with',
    'and',
    'some',
    'i',
    'want',
    'need',
    'looking',
    'like',
    'me',
    'please',
    'good',
    'nice',
    'that',
    'is',
    'to',
    'in',
    'of',
    'wear',
    'any',
    'my',
  ],
};

/** Words that turn a wish around ("달지 않게", "덜 달게", "no oud", "not too sweet"). */
export const NEGATION_WORDS = {
  /** Just before the word. */
  before: ['안', '덜', '노', 'not', 'no', 'less', 'without', 'non', 'never', 'avoid', 'zero', 'minus'],
  /** Just after it (or what its own word continues with: "달지않게"). */
  after: ['않', '안', '말고', '말', '빼고', '빼', '없', '제외', '싫', '별로', '노노', '못'],
  /** Between "not" and the word: "not too sweet". */
  softeners: ['too', 'so', 'very', 'overly', 'that', '너무', '많이'],
} as const;

/** Words that make a wish stronger or weaker ("더 포근하게", "조금 달게", "much warmer"). */
export const INTENSITY_WORDS = {
  stronger: [
    '더',
    '훨씬',
    '많이',
    '아주',
    '진짜',
    '엄청',
    '매우',
    '되게',
    '완전',
    '확',
    'more',
    'much',
    'very',
    'extra',
    'really',
    'super',
    'way',
  ],
  weaker: ['조금', '좀', '살짝', '약간', '은근', 'slightly', 'bit', 'little', 'somewhat', 'lightly', 'touch'],
} as const;
