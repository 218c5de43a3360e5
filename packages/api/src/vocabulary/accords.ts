/**
 * The project's own accord vocabulary. Every source (the shipped catalog, Parfumo's 21
 * families, Fragrantica's ~80 accords) is mapped onto these keys by the importers.
 */
export const ACCORD_KEYS = [
  'citrus',
  'fruity',
  'green',
  'aquatic',
  'fresh',
  'aromatic',
  'floral',
  'white_floral',
  'powdery',
  'sweet',
  'gourmand',
  'vanilla',
  'creamy',
  'spicy',
  'amber',
  'woody',
  'resinous',
  'smoky',
  'leathery',
  'animalic',
  'musky',
  'earthy',
  'chypre',
  'fougere',
  'aldehydic',
] as const;

export type AccordKey = (typeof ACCORD_KEYS)[number];

export interface AccordLabel {
  key: AccordKey;
  ko: string;
  en: string;
  /** Display colour (hex) used by accord bars and the scent map. */
  color: string;
}

export const ACCORDS: readonly AccordLabel[] = [
  { key: 'citrus', ko: '시트러스', en: 'Citrus', color: '#F2C94C' },
  { key: 'fruity', ko: '프루티', en: 'Fruity', color: '#F2994A' },
  { key: 'green', ko: '그린', en: 'Green', color: '#6FCF97' },
  { key: 'aquatic', ko: '아쿠아틱', en: 'Aquatic', color: '#56CCF2' },
  { key: 'fresh', ko: '프레시', en: 'Fresh', color: '#9BE7E0' },
  { key: 'aromatic', ko: '아로마틱', en: 'Aromatic', color: '#8DB596' },
  { key: 'floral', ko: '플로럴', en: 'Floral', color: '#F48FB1' },
  { key: 'white_floral', ko: '화이트 플로럴', en: 'White floral', color: '#F8E1E7' },
  { key: 'powdery', ko: '파우더리', en: 'Powdery', color: '#E3C9E8' },
  { key: 'sweet', ko: '스위트', en: 'Sweet', color: '#F7A8B8' },
  { key: 'gourmand', ko: '구르망', en: 'Gourmand', color: '#C68B59' },
  { key: 'vanilla', ko: '바닐라', en: 'Vanilla', color: '#F3E5AB' },
  { key: 'creamy', ko: '크리미', en: 'Creamy', color: '#F5EBDC' },
  { key: 'spicy', ko: '스파이시', en: 'Spicy', color: '#D35400' },
  { key: 'amber', ko: '앰버', en: 'Amber', color: '#C0782F' },
  { key: 'woody', ko: '우디', en: 'Woody', color: '#8B5E3C' },
  { key: 'resinous', ko: '레진', en: 'Resinous', color: '#A0522D' },
  { key: 'smoky', ko: '스모키', en: 'Smoky', color: '#6D6875' },
  { key: 'leathery', ko: '레더', en: 'Leathery', color: '#5D4037' },
  { key: 'animalic', ko: '애니멀릭', en: 'Animalic', color: '#7B4B3A' },
  { key: 'musky', ko: '머스크', en: 'Musky', color: '#D7CCC8' },
  { key: 'earthy', ko: '어시', en: 'Earthy', color: '#7A6F45' },
  { key: 'chypre', ko: '시프레', en: 'Chypre', color: '#556B2F' },
  { key: 'fougere', ko: '푸제르', en: 'Fougère', color: '#4F7942' },
  { key: 'aldehydic', ko: '알데하이드', en: 'Aldehydic', color: '#B0BEC5' },
];
