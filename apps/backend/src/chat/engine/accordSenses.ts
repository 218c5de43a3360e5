import type { AccordKey } from '@scentence/api/vocabulary';
import type { Localized } from './wording';

/** How each accord feels, in a beginner's words (no jargon): "나무처럼 차분한" / "calm like wood". Written by hand. */
export const ACCORD_SENSES: Readonly<Record<AccordKey, Localized>> = {
  citrus: { ko: '레몬 껍질처럼 상큼한', en: 'zesty like lemon peel' },
  fruity: { ko: '잘 익은 과일처럼 달큰한', en: 'juicy like ripe fruit' },
  green: { ko: '막 자른 풀잎처럼 싱그러운', en: 'crisp like cut grass' },
  aquatic: { ko: '바닷바람처럼 시원한', en: 'cool like a sea breeze' },
  fresh: { ko: '막 샤워한 듯 깨끗한', en: 'clean like a fresh shower' },
  aromatic: { ko: '허브처럼 개운한', en: 'herbal and bracing' },
  floral: { ko: '꽃다발처럼 화사한', en: 'bright like a bouquet' },
  white_floral: { ko: '하얀 꽃처럼 풍성하고 부드러운', en: 'lush like white blossoms' },
  powdery: { ko: '파우더처럼 보송한', en: 'soft like face powder' },
  sweet: { ko: '사탕처럼 달콤한', en: 'sweet like candy' },
  gourmand: { ko: '디저트처럼 먹음직스러운', en: 'edible like dessert' },
  vanilla: { ko: '바닐라처럼 포근하고 달콤한', en: 'warm and sweet like vanilla' },
  creamy: { ko: '크림처럼 부드러운', en: 'smooth like cream' },
  spicy: { ko: '향신료처럼 따끈하고 톡 쏘는', en: 'warm and peppery like spices' },
  amber: { ko: '호박빛처럼 따뜻하고 묵직한', en: 'warm and rich like amber' },
  woody: { ko: '나무처럼 차분한', en: 'calm like wood' },
  resinous: { ko: '송진처럼 깊고 따뜻한', en: 'deep and warm like resin' },
  smoky: { ko: '모닥불처럼 스모키한', en: 'smoky like a campfire' },
  leathery: { ko: '가죽 재킷처럼 멋스러운', en: 'suave like a leather jacket' },
  animalic: { ko: '살결처럼 관능적인', en: 'sensual like warm skin' },
  musky: { ko: '살결처럼 은은하고 포근한', en: 'soft like warm skin' },
  earthy: { ko: '비 온 뒤 흙처럼 차분한', en: 'grounded like earth after rain' },
  chypre: { ko: '이끼와 시트러스가 어우러진 고급스러운', en: 'elegant, mossy and citrusy' },
  fougere: { ko: '라벤더와 이끼가 어우러진 단정한', en: 'neat, with lavender and moss' },
  aldehydic: { ko: '비누 거품처럼 반짝이는', en: 'sparkling like soap suds' },
};
