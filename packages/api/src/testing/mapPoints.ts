import type { MapPoints } from '../schemas';

/**
 * A test fixture: five perfumes in the map's columns: accords (bit k = dictionaries.accords[k]) citrus 1,
 * floral 2, woody 4; seasons spring 1, summer 2, fall 4, winter 8.
 */
export function fivePoints(): MapPoints {
  return {
    catalogVersion: 3,
    computedAt: '2026-12-01T09:00:00.000Z',
    count: 5,
    ids: [11, 12, 13, 14, 15],
    layouts: {
      similarity: { x: [-0.5, -0.4, 0.2, 0.6, 0.9], y: [0.1, 0.2, -0.3, 0.5, -0.9], cluster: [0, 0, 1, 1, 2] },
      wheel: { x: [0, 0.1, 0.2, 0.3, 0.4], y: [0, -0.1, -0.2, -0.3, -0.4], cluster: [0, 1, 2, 3, 3] },
    },
    dominantAccord: [0, 1, 2, 2, -1],
    accordMask: [1, 3, 4, 6, 0],
    gender: [0, 0, 1, 2, 2],
    seasonMask: [3, 1, 12, 4, 0],
    occasionMask: [1, 1, 2, 3, 0],
    year: [2015, 1998, 2010, 0, 2021],
    brand: [0, 0, 1, 1, 2],
    popularity: [90, 10, 70, 50, 0],
    dictionaries: {
      accords: ['citrus', 'floral', 'woody'],
      genders: ['feminine', 'masculine', 'unisex'],
      seasons: ['spring', 'summer', 'fall', 'winter'],
      occasions: ['daily', 'leisure', 'business', 'evening', 'night_out', 'sport'],
      brands: [
        { slug: 'chanel', name: 'Chanel', nameKo: '샤넬' },
        { slug: 'le-labo', name: 'Le Labo', nameKo: '르라보' },
        { slug: 'tiny-house', name: 'Tiny House', nameKo: null },
      ],
    },
  };
}
