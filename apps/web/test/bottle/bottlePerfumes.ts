import type { PerfumeSummary } from '@scentence/api/schemas';

/** Perfume summaries as the catalog gives them, for the bottle tests. */
export function perfume(overrides: Partial<PerfumeSummary> & Pick<PerfumeSummary, 'brand' | 'name'>): PerfumeSummary {
  return {
    id: 1,
    brandKo: null,
    nameKo: null,
    year: 2011,
    concentration: 'edp',
    gender: 'unisex',
    imageUrl: null,
    accords: [
      { key: 'woody', strength: 100 },
      { key: 'leathery', strength: 60 },
      { key: 'spicy', strength: 40 },
    ],
    ...overrides,
  };
}

export const santal = perfume({ brand: 'Le Labo', brandKo: '르라보', name: 'Santal 33', nameKo: '상탈 33' });

export const CATALOG_SAMPLE: PerfumeSummary[] = [
  santal,
  perfume({ brand: 'Le Labo', name: 'Another 13', accords: [{ key: 'musky', strength: 100 }] }),
  perfume({
    brand: 'Le Labo',
    name: 'Rose 31',
    accords: [
      { key: 'floral', strength: 100 },
      { key: 'spicy', strength: 70 },
    ],
  }),
  perfume({
    brand: 'Le Labo',
    name: 'Thé Noir 29',
    accords: [
      { key: 'woody', strength: 100 },
      { key: 'fruity', strength: 50 },
    ],
  }),
  perfume({
    brand: 'Chanel',
    name: 'N°5',
    nameKo: '넘버 5',
    accords: [
      { key: 'aldehydic', strength: 100 },
      { key: 'powdery', strength: 80 },
    ],
  }),
  perfume({
    brand: 'Chanel',
    name: 'Bleu de Chanel',
    nameKo: '블루 드 샤넬',
    accords: [
      { key: 'woody', strength: 100 },
      { key: 'citrus', strength: 70 },
    ],
  }),
  perfume({
    brand: 'Chanel',
    name: 'Chance Eau Tendre',
    concentration: 'edt',
    accords: [
      { key: 'fruity', strength: 100 },
      { key: 'floral', strength: 80 },
    ],
  }),
  perfume({
    brand: 'Dior',
    name: 'Sauvage',
    nameKo: '소바쥬',
    concentration: 'edt',
    accords: [
      { key: 'fresh', strength: 100 },
      { key: 'spicy', strength: 80 },
    ],
  }),
  perfume({
    brand: 'Dior',
    name: "J'adore",
    nameKo: '쟈도르',
    accords: [
      { key: 'white_floral', strength: 100 },
      { key: 'fruity', strength: 60 },
    ],
  }),
  perfume({
    brand: 'Jo Malone London',
    name: 'Wood Sage & Sea Salt',
    concentration: 'cologne',
    accords: [
      { key: 'aromatic', strength: 100 },
      { key: 'aquatic', strength: 80 },
    ],
  }),
  perfume({
    brand: 'Maison Francis Kurkdjian',
    name: 'Baccarat Rouge 540',
    concentration: 'extrait',
    accords: [
      { key: 'amber', strength: 100 },
      { key: 'woody', strength: 70 },
    ],
  }),
  perfume({
    brand: 'Diptyque',
    name: 'Philosykos',
    concentration: 'edt',
    accords: [
      { key: 'green', strength: 100 },
      { key: 'fruity', strength: 80 },
    ],
  }),
  perfume({
    brand: 'Byredo',
    name: 'Gypsy Water',
    accords: [
      { key: 'woody', strength: 100 },
      { key: 'citrus', strength: 60 },
    ],
  }),
  perfume({
    brand: 'Creed',
    name: 'Aventus',
    accords: [
      { key: 'fruity', strength: 100 },
      { key: 'smoky', strength: 60 },
    ],
  }),
  perfume({
    brand: 'Tom Ford',
    name: 'Tobacco Vanille',
    concentration: 'parfum',
    accords: [
      { key: 'vanilla', strength: 100 },
      { key: 'spicy', strength: 70 },
    ],
  }),
  perfume({
    brand: 'Guerlain',
    name: 'Shalimar',
    accords: [
      { key: 'amber', strength: 100 },
      { key: 'vanilla', strength: 90 },
    ],
  }),
];
