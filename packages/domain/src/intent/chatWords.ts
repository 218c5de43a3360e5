import type { ChatRelation } from '@scentence/api/schemas';
import type { GenderKey } from '@scentence/api/vocabulary';

/**
 * The chat's words beyond the search lexicon, written by hand: whom a perfume is for, how many,
 * "anything", ordinals, follow-ups ("more", "another brand", "start over"), what a question asks
 * (details, a comparison, "what is …", "something like …") and what the chat cannot know (price,
 * shops, stock). Korean phrases are compared as compact keys (no spaces, folded), so "두 번째" and
 * "두번째" are one; English ones as regular expressions over folded words.
 */

/** A relation a gift is for: its words (whole words, Korean particles allowed) and the lean it implies. */
export interface RelationWords {
  key: ChatRelation;
  gender: GenderKey | null;
  ko: readonly string[];
  en: readonly string[];
}

export const RELATION_WORDS: readonly RelationWords[] = [
  { key: 'girlfriend', gender: 'feminine', ko: ['여자친구', '여친', '여자 친구'], en: ['girlfriend', 'gf'] },
  { key: 'boyfriend', gender: 'masculine', ko: ['남자친구', '남친', '남자 친구'], en: ['boyfriend', 'bf'] },
  { key: 'wife', gender: 'feminine', ko: ['아내', '와이프', '부인', '집사람'], en: ['wife'] },
  { key: 'husband', gender: 'masculine', ko: ['남편', '신랑'], en: ['husband'] },
  {
    key: 'mother',
    gender: 'feminine',
    ko: ['엄마', '어머니', '어머님', '장모님', '시어머니'],
    en: ['mom', 'mother', 'mum', 'mommy'],
  },
  {
    key: 'father',
    gender: 'masculine',
    ko: ['아빠', '아버지', '아버님', '장인어른', '시아버지'],
    en: ['dad', 'father', 'daddy'],
  },
  { key: 'sister', gender: 'feminine', ko: ['언니', '누나', '여동생', '동생 여자'], en: ['sister', 'sis'] },
  { key: 'brother', gender: 'masculine', ko: ['오빠', '형', '남동생', '형님'], en: ['brother', 'bro'] },
  { key: 'daughter', gender: 'feminine', ko: ['딸', '딸아이'], en: ['daughter'] },
  { key: 'son', gender: 'masculine', ko: ['아들'], en: ['son'] },
  { key: 'friend', gender: null, ko: ['친구', '절친', '베프'], en: ['friend', 'best friend', 'bestie'] },
  {
    key: 'colleague',
    gender: null,
    ko: ['동료', '직장 동료', '상사', '팀장님', '부장님', '선배', '후배'],
    en: ['colleague', 'coworker', 'co-worker', 'boss'],
  },
  { key: 'teacher', gender: null, ko: ['선생님', '교수님', '담임'], en: ['teacher', 'professor'] },
];

/** "For me": whole words (particles allowed) in Korean, phrases in English. */
export const SELF_WORDS = {
  /** Whole words only: "나는" may be "smelling" ("딸기 향 나는"). */
  koWords: [
    '나',
    '저',
    '나요',
    '저요',
    '내가',
    '제가',
    '나한테',
    '저한테',
    '나에게',
    '저에게',
    '나를',
    '저를',
    '나도',
    '저도',
    '내꺼',
    '제꺼',
    '내거',
    '본인',
    '자신',
    '셀프',
    '나만',
    '저만',
    '저예요',
    '나예요',
  ],
  koPhrases: [
    '내가쓸',
    '제가쓸',
    '내가뿌릴',
    '제가뿌릴',
    '나를위한',
    '저를위한',
    '내향수',
    '제향수',
    '직접쓸',
    '내가쓰',
    '제가쓰',
    '본인용',
    '개인용',
    '제것',
    '내것',
  ],
  en: [
    /\bfor me\b/,
    /\bfor myself\b/,
    /\bmyself\b/,
    /\bmy own\b/,
    /\bmine\b/,
    /^me$/,
    /\bi(ll| will)? wear\b/,
    /\bto wear\b/,
    /\bfor my(self)? use\b/,
  ],
} as const;

/** A gift, whoever it is for. */
export const GIFT_WORDS = {
  ko: [
    '선물',
    '선물용',
    '드릴',
    '줄향수',
    '사줄',
    '사드릴',
    '주려고',
    '드리려고',
    '기념일선물',
    '생일선물',
    '동생',
    '조카',
    '지인',
  ],
  en: [/\bgifts?\b/, /\bpresents?\b/, /\bfor (her|him|them)\b/, /\bto give\b/, /\bgifting\b/, /\bbirthday\b/],
} as const;

/** Numbers read before a counter ("세 개", "다섯 가지") or alone ("하나만"). */
export const KOREAN_NUMBERS: Readonly<Record<string, number>> = {
  한: 1,
  하나: 1,
  두: 2,
  둘: 2,
  세: 3,
  셋: 3,
  석: 3,
  네: 4,
  넷: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
export const KOREAN_COUNTERS = ['개', '가지', '종류', '종', '병', '개만', '가지만', '개정도', '가지정도'];

export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
};
export const ENGLISH_COUNTERS =
  /^(perfumes?|fragrances?|scents?|colognes?|picks?|options?|suggestions?|recommendations?|ones?|choices?|more)$/;

/** Ordinal words: 1-based; LAST_ORDINAL for "the last one". */
export const LAST_ORDINAL = -1;
export const KOREAN_ORDINALS: Readonly<Record<string, number>> = {
  첫번째: 1,
  첫째: 1,
  첫번: 1,
  두번째: 2,
  둘째: 2,
  세번째: 3,
  셋째: 3,
  네번째: 4,
  넷째: 4,
  다섯번째: 5,
  다섯째: 5,
  마지막: LAST_ORDINAL,
  맨마지막: LAST_ORDINAL,
  맨끝: LAST_ORDINAL,
};
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: LAST_ORDINAL,
};

/** What the message asks or does, each as Korean compact phrases and English patterns. */
export interface CueWords {
  ko: readonly string[];
  en: readonly RegExp[];
}

export const ANY_PICK_WORDS: CueWords = {
  ko: [
    '아무거나',
    '아무거',
    '아무향수',
    '아무꺼나',
    '상관없',
    '상관 없',
    '알아서',
    '맘대로',
    '마음대로',
    '다좋아',
    '다괜찮',
    '모르겠',
    '잘몰라',
    '추천해주는대로',
    '골라줘',
    '골라주세요',
    '그냥추천',
  ],
  en: [
    /\bjust pick\b/,
    /\bpick (one|for me|something|any)\b/,
    /\banything\b/,
    /\bwhatever\b/,
    /\bsurprise me\b/,
    /\byou (choose|pick|decide)\b/,
    /\bdon ?t care\b/,
    /\bno preference\b/,
    /\bnot sure\b/,
    /\bi don ?t know\b/,
    /\bidk\b/,
    /\bany(one| is fine)\b/,
  ],
};

/** "Show me more": the same request, perfumes not shown yet. */
export const MORE_WORDS: CueWords = {
  ko: [
    '더보여',
    '더추천',
    '더알려',
    '더있어',
    '더없어',
    '더줘',
    '더주세요',
    '다른거',
    '다른것',
    '다른향수',
    '또다른',
    '또추천',
    '하나더',
    '몇개더',
    '추가로',
    '다음',
  ],
  en: [
    /\bshow( me)? more\b/,
    /\bmore (please|options|picks|ones|suggestions|recommendations|perfumes)\b/,
    /^more\b/,
    /\banother (one|option|pick|perfume)\b/,
    /\bsomething else\b/,
    /\banything else\b/,
    /\bother (options|ones|perfumes|picks)\b/,
    /\bwhat else\b/,
    /\bnext\b/,
    /\bone more\b/,
  ],
};

export const OTHER_BRAND_WORDS: CueWords = {
  ko: ['다른브랜드', '다른회사', '다른하우스', '브랜드바꿔', '브랜드말고다른', '브랜드다른'],
  en: [/\b(other|another|different) (brands?|houses?|makers?|labels?)\b/, /\bnot (the )?same brand\b/],
};

export const FRESH_START_WORDS: CueWords = {
  ko: [
    '처음부터',
    '다시시작',
    '새로시작',
    '새로운대화',
    '리셋',
    '초기화',
    '이번엔',
    '이번에는',
    '새로추천',
    '다른사람',
  ],
  en: [
    /\bstart (over|again|fresh)\b/,
    /\breset\b/,
    /\bfrom scratch\b/,
    /\bnew search\b/,
    /\bthis time\b/,
    /\bforget (that|it|everything)\b/,
    /\binstead\b/,
  ],
};

/** "Something like …", "그거랑 비슷한". */
export const SIMILAR_WORDS: CueWords = {
  ko: [
    '비슷한',
    '비슷하',
    '비슷한거',
    '같은거',
    '같은향',
    '같은느낌',
    '같은향수',
    '느낌의',
    '처럼',
    '닮은',
    '유사한',
    '계열로',
  ],
  en: [
    /\b(something|anything|one|ones|perfumes?|scents?|fragrances?) like\b/,
    /\bsimilar\b/,
    /\balike\b/,
    /\breminds? me of\b/,
    /\bin the style of\b/,
    /\bdupes?\b/,
    /\bclose to\b/,
    /^like\b/,
  ],
};

/** Asking about one perfume: its notes, how it smells, how long it lasts. */
export const DETAIL_WORDS: CueWords = {
  ko: [
    '자세히',
    '자세하게',
    '설명',
    '어때',
    '어떤향',
    '어떤향이',
    '무슨향',
    '어떤느낌',
    '알려줘',
    '알려주세요',
    '정보',
    '노트',
    '지속력',
    '지속시간',
    '확산',
    '발향',
    '잔향',
    '향이어때',
    '소개',
  ],
  en: [
    /\btell me (more )?about\b/,
    /\bmore about\b/,
    /\bdetails?\b/,
    /\bdescribe\b/,
    /\bwhat (is|s) it like\b/,
    /\bhow does (it|that) smell\b/,
    /\bwhat does (it|that) smell like\b/,
    /\bnotes?\b/,
    /\blongevity\b/,
    /\bsillage\b/,
    /\bhow long\b/,
    /\binfo\b/,
    /\bhow is\b/,
    /\bwhat about\b/,
  ],
};

export const COMPARE_WORDS: CueWords = {
  ko: ['비교', '차이', '뭐가나아', '뭐가더', '어느게', '어떤게나아', '어떤게더', '중에뭐', '중에어떤', '둘중'],
  en: [
    /\bcompare\b/,
    /\bcomparison\b/,
    /\bdifferen(ce|t between)\b/,
    /\bvs\b/,
    /\bversus\b/,
    /\bwhich (one )?is better\b/,
    /\bor\b.*\bbetter\b/,
  ],
};

/** "우디가 뭐야?", "what is vetiver". */
export const WHAT_IS_WORDS: CueWords = {
  ko: [
    '뭐야',
    '뭐에요',
    '뭐예요',
    '뭔가요',
    '뭔데',
    '무엇',
    '무슨뜻',
    '뜻이',
    '란뭐',
    '이란',
    '어떤향이야',
    '어떤향이에요',
    '어떤향인가',
    '무슨향이야',
    '어떤냄새',
  ],
  en: [
    /\bwhat (is|are|s)\b/,
    /\bwhat does .* smell like\b/,
    /\bmeaning of\b/,
    /\bwhat do you mean by\b/,
    /\bexplain\b/,
  ],
};

/** What the chat cannot know. */
export const PRICE_WORDS: CueWords = {
  ko: ['가격', '얼마', '비싸', '비싼', '저렴', '싸게', '가성비', '만원', '예산', '할인', '세일'],
  en: [
    /\bprices?\b/,
    /\bcosts?\b/,
    /\bhow much\b/,
    /\bcheap(er|est)?\b/,
    /\bexpensive\b/,
    /\bbudget\b/,
    /\baffordable\b/,
    /\bdiscount\b/,
    /\bsale\b/,
    /\$\s?\d/,
  ],
};
export const SHOP_WORDS: CueWords = {
  ko: [
    '어디서사',
    '어디서살',
    '어디서구',
    '어디에서사',
    '어디서팔',
    '파는곳',
    '판매처',
    '구매처',
    '매장',
    '백화점',
    '면세점',
    '쿠팡',
    '올리브영',
    '온라인몰',
    '직구',
    '구매링크',
    '사는곳',
  ],
  en: [
    /\bwhere (can|do|should|to) (i )?(buy|get|find|purchase)\b/,
    /\bwhere to buy\b/,
    /\bwhich (store|shop)\b/,
    /\bonline store\b/,
    /\bbuy (it|one) online\b/,
    /\bstockists?\b/,
    /\bretailers?\b/,
  ],
};
export const STOCK_WORDS: CueWords = {
  ko: ['재고', '품절', '단종', '구할수있', '구하기', '입고', '판매중'],
  en: [
    /\bin stock\b/,
    /\bout of stock\b/,
    /\bsold out\b/,
    /\bdiscontinued\b/,
    /\bstill (made|sold|available)\b/,
    /\bavailab(le|ility)\b/,
  ],
};

export const GREETING_WORDS: CueWords = {
  ko: ['안녕', '하이', '반가', '처음뵙', '헬로'],
  en: [/^(hi|hello|hey|hiya|howdy)\b/, /\bgood (morning|afternoon|evening)\b/],
};
export const THANKS_WORDS: CueWords = {
  ko: ['고마워', '고맙', '감사', '땡큐', '덕분'],
  en: [/\bthanks?\b/, /\bthank you\b/, /\bcheers\b/, /\bappreciate\b/],
};

/** Words of the perfume world: a message with one of them is about perfumes even when nothing else is understood. */
export const PERFUME_TALK_WORDS: CueWords = {
  ko: [
    '향수',
    '향',
    '냄새',
    '향기',
    '추천',
    '뿌리',
    '뿌릴',
    '시향',
    '퍼퓸',
    '코롱',
    '오드',
    '레이어링',
    '잔향',
    '발향',
    '어코드',
    '노트',
    '브랜드',
    '니치',
  ],
  en: [
    /\bperfumes?\b/,
    /\bfragrances?\b/,
    /\bscents?\b/,
    /\bcolognes?\b/,
    /\brecommend/,
    /\bsuggest/,
    /\bsmell/,
    /\bwear\b/,
    /\bnotes?\b/,
    /\baccords?\b/,
    /\bbrands?\b/,
    /\bniche\b/,
    /\blayer/,
  ],
};

/** "그거", "that one": the perfume last talked about. */
export const REFER_BACK_WORDS: CueWords = {
  ko: ['그거', '그것', '그향수', '그향', '이거', '이것', '이향수', '저거', '저것', '방금', '아까', '위에'],
  en: [/\bthat one\b/, /\bthis one\b/, /\bthat perfume\b/, /\bthis perfume\b/, /\bit\b/, /\bthe one\b/, /\bthat\b/],
};

/**
 * Single words of the chat that are no perfume's name here, though a large catalog has perfumes
 * called "Boyfriend", "Gift" or "More": pass `isChatWord` with the intent lexicon's words to
 * `findPerfumeMentions` (two words together may still be a name).
 */
export const CHAT_COMMON_WORDS: readonly string[] = [
  ...RELATION_WORDS.flatMap((relation) => [...relation.ko, ...relation.en]),
  ...GIFT_WORDS.ko,
  'gift',
  'present',
  'birthday',
  'more',
  'another',
  'other',
  'first',
  'second',
  'third',
  'last',
  'one',
  'two',
  'three',
  'hello',
  'hi',
  'hey',
  'thanks',
  'please',
  'anything',
  'whatever',
  'surprise',
  'similar',
  'compare',
  'price',
  'mine',
  'myself',
  '선물',
  '추천',
  '아무거나',
  '처음',
  '마지막',
  '다른',
  '비슷한',
  '비교',
  '가격',
  '안녕',
];
