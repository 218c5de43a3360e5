import type { AccordKey } from '@scentence/api/vocabulary';

/**
 * Words that name one accord, beyond its Korean and English labels (which come from the
 * vocabulary): the everyday words people use for it. Written by hand.
 */
export const ACCORD_WORDS: Readonly<Record<AccordKey, { ko: readonly string[]; en: readonly string[] }>> = {
  citrus: {
    ko: ['시트러스', '시트러스한', '시트러시', '감귤', '감귤류', '시트릭'],
    en: ['citrus', 'citrusy', 'citric', 'zesty'],
  },
  fruity: {
    ko: ['프루티', '후르티', '프루티한', '과일', '과일향', '과즙', '과일향기'],
    en: ['fruity', 'fruit', 'juicy'],
  },
  green: {
    ko: ['그린', '풀', '풀잎', '풀내음', '풀냄새', '초록', '초록초록', '잎사귀', '푸릇'],
    en: ['green', 'grassy', 'leafy', 'herbaceous'],
  },
  aquatic: {
    ko: ['아쿠아틱', '마린', '바다', '바닷', '오션', '물향', '수분감', '워터리'],
    en: ['aquatic', 'marine', 'ocean', 'oceanic', 'sea', 'watery', 'ozonic'],
  },
  fresh: { ko: ['프레시', '프레쉬', '후레쉬', '후레시', '신선'], en: ['fresh'] },
  aromatic: { ko: ['아로마틱', '허브', '허브향', '허브향기', '허벌'], en: ['aromatic', 'herbal', 'herby', 'herbs'] },
  floral: {
    ko: ['플로럴', '플로랄', '꽃', '꽃향', '꽃향기', '꽃내음', '플라워리'],
    en: ['floral', 'flowery', 'flowers', 'flower', 'florals'],
  },
  white_floral: {
    ko: ['화이트 플로럴', '화이트플로랄', '흰 꽃', '하얀 꽃', '백색 꽃'],
    en: ['white floral', 'white florals', 'white flowers', 'white flower'],
  },
  powdery: {
    ko: ['파우더리', '파우더', '분내', '분향', '파우디', '화장품 냄새', '베이비파우더'],
    en: ['powdery', 'powder', 'makeup'],
  },
  sweet: { ko: ['스위트', '스윗', '달콤', '달달', '달콤한', '달다', '달'], en: ['sweet', 'sugary'] },
  gourmand: {
    ko: ['구르망', '디저트', '먹는 향', '먹을것 같은', '빵 냄새', '베이커리'],
    en: ['gourmand', 'edible', 'dessert', 'foody', 'bakery'],
  },
  vanilla: { ko: ['바닐라', '바닐라향'], en: ['vanilla', 'vanillic'] },
  creamy: { ko: ['크리미', '크림', '크리미한', '밀키', '우유향'], en: ['creamy', 'milky', 'lactonic'] },
  spicy: {
    ko: ['스파이시', '스파이시한', '매콤', '향신료', '톡 쏘는', '알싸'],
    en: ['spicy', 'spice', 'spices', 'peppery'],
  },
  amber: { ko: ['앰버', '앰버리', '오리엔탈', '호박향'], en: ['amber', 'ambery', 'oriental'] },
  woody: {
    ko: ['우디', '우디한', '우드', '나무', '나무향', '숲속 나무', '우디향'],
    en: ['woody', 'woods', 'wood', 'woodsy'],
  },
  resinous: {
    ko: ['레진', '레지너스', '수지', '송진', '발사믹', '발삼'],
    en: ['resinous', 'resin', 'resins', 'balsamic'],
  },
  smoky: {
    ko: ['스모키', '스모키한', '스모크', '연기', '훈연', '탄내', '모닥불'],
    en: ['smoky', 'smokey', 'smoke', 'campfire'],
  },
  leathery: { ko: ['레더', '레더리', '가죽', '가죽향'], en: ['leathery', 'leather'] },
  animalic: {
    ko: ['애니멀릭', '애니멀', '동물적', '살냄새 진한', '머스키 애니멀'],
    en: ['animalic', 'animal', 'dirty'],
  },
  musky: { ko: ['머스크', '머스키', '머스크향', '머스크한'], en: ['musky', 'musk', 'musks'] },
  earthy: { ko: ['어시', '어씨', '흙', '흙냄새', '흙내음', '얼시'], en: ['earthy', 'earth', 'soil', 'mossy'] },
  chypre: { ko: ['시프레', '쉬프레', '시프레향'], en: ['chypre'] },
  fougere: { ko: ['푸제르', '푸제어', '푸제르향'], en: ['fougere', 'fougère', 'barbershop'] },
  aldehydic: { ko: ['알데하이드', '알데히드', '알데하이딕'], en: ['aldehydic', 'aldehyde', 'aldehydes'] },
};
