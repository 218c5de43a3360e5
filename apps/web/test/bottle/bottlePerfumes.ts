import type { PerfumeSummary } from '@scentence/api/schemas';

type AccordStrength = PerfumeSummary['accords'][number];

/** Accords strongest first, written as `[key, strength]` pairs to keep the sample short. */
export function accords(...pairs: [AccordStrength['key'], number][]): AccordStrength[] {
  return pairs.map(([key, strength]) => ({ key, strength }));
}

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
    accords: accords(['woody', 100], ['leathery', 60], ['spicy', 40]),
    ...overrides,
  };
}

export const santal = perfume({ brand: 'Le Labo', brandKo: '르라보', name: 'Santal 33', nameKo: '상탈 33' });

export const CATALOG_SAMPLE: PerfumeSummary[] = [
  santal,
  perfume({ brand: 'Le Labo', name: 'Another 13', accords: accords(['musky', 100]) }),
  perfume({ brand: 'Le Labo', name: 'Rose 31', accords: accords(['floral', 100], ['spicy', 70]) }),
  perfume({ brand: 'Le Labo', name: 'Thé Noir 29', accords: accords(['woody', 100], ['fruity', 50]) }),
  perfume({ brand: 'Chanel', name: 'N°5', nameKo: '넘버 5', accords: accords(['aldehydic', 100], ['powdery', 80]) }),
  perfume({
    brand: 'Chanel',
    name: 'Bleu de Chanel',
    nameKo: '블루 드 샤넬',
    accords: accords(['woody', 100], ['citrus', 70]),
  }),
  perfume({
    brand: 'Chanel',
    name: 'Chance Eau Tendre',
    concentration: 'edt',
    accords: accords(['fruity', 100], ['floral', 80]),
  }),
  perfume({
    brand: 'Dior',
    name: 'Sauvage',
    nameKo: '소바쥬',
    concentration: 'edt',
    accords: accords(['fresh', 100], ['spicy', 80]),
  }),
  perfume({
    brand: 'Dior',
    name: "J'adore",
    nameKo: '쟈도르',
    accords: accords(['white_floral', 100], ['fruity', 60]),
  }),
  perfume({
    brand: 'Jo Malone London',
    name: 'Wood Sage & Sea Salt',
    concentration: 'cologne',
    accords: accords(['aromatic', 100], ['aquatic', 80]),
  }),
  perfume({
    brand: 'Maison Francis Kurkdjian',
    name: 'Baccarat Rouge 540',
    concentration: 'extrait',
    accords: accords(['amber', 100], ['woody', 70]),
  }),
  perfume({
    brand: 'Diptyque',
    name: 'Philosykos',
    concentration: 'edt',
    accords: accords(['green', 100], ['fruity', 80]),
  }),
  perfume({ brand: 'Byredo', name: 'Gypsy Water', accords: accords(['woody', 100], ['citrus', 60]) }),
  perfume({ brand: 'Creed', name: 'Aventus', accords: accords(['fruity', 100], ['smoky', 60]) }),
  perfume({
    brand: 'Tom Ford',
    name: 'Tobacco Vanille',
    concentration: 'parfum',
    accords: accords(['vanilla', 100], ['spicy', 70]),
  }),
  perfume({ brand: 'Guerlain', name: 'Shalimar', accords: accords(['amber', 100], ['vanilla', 90]) }),
];
