import { beforeAll, describe, expect, it } from 'vitest';
import { findPerfumeMentions } from '../src/names/findPerfumeMentions';
import { matchPerfumeName } from '../src/names/matchPerfumeName';
import { buildPerfumeNameIndex, type PerfumeNameIndex } from '../src/names/perfumeNameIndex';
import { perfume, TEST_CATALOG, type TestPerfume } from './support/catalog';
import { syntheticCatalog } from './support/syntheticCatalog';

const SYNTHETIC = syntheticCatalog(40_000, TEST_CATALOG.length + 1);
/** Every 97th made-up perfume: spread over all houses. */
const SAMPLE = SYNTHETIC.filter((_, position) => position % 97 === 0);

describe('name matching over 40,000 perfumes', () => {
  let index: PerfumeNameIndex<TestPerfume>;
  beforeAll(() => {
    index = buildPerfumeNameIndex([...SYNTHETIC, ...TEST_CATALOG]);
  });

  it('finds each perfume by house and name', () => {
    for (const wanted of SAMPLE) {
      const [first] = matchPerfumeName(index, `${wanted.brand} ${wanted.name}`);
      expect(first?.perfume, `${wanted.brand} ${wanted.name}`).toBe(wanted);
      expect(first?.kind).toBe('brand_and_name');
    }
  });

  it('finds each perfume by its name alone, and by its Korean name run together', () => {
    for (const wanted of SAMPLE) {
      expect(matchPerfumeName(index, wanted.name)[0]?.perfume, wanted.name).toBe(wanted);
      if (wanted.nameKo) {
        expect(matchPerfumeName(index, wanted.nameKo.replace(/ /g, ''))[0]?.perfume, wanted.nameKo).toBe(wanted);
      }
    }
  });

  it('finds each perfume with a letter missing among the first three', () => {
    for (const wanted of SAMPLE) {
      const typo = wanted.name.slice(0, 2) + wanted.name.slice(3);
      const found = matchPerfumeName(index, typo, { limit: 3 }).map((match) => match.perfume);
      expect(found, typo).toContain(wanted);
    }
  });

  it('still finds the well-known perfumes first', () => {
    expect(matchPerfumeName(index, '르라보상탈33')[0]?.perfume).toBe(perfume('Le Labo', 'Santal 33'));
    expect(matchPerfumeName(index, 'diorsauvage')[0]?.perfume).toBe(perfume('Dior', 'Sauvage'));
    expect(matchPerfumeName(index, 'No.5')[0]?.perfume).toBe(perfume('Chanel', 'N°5'));
    expect(matchPerfumeName(index, '쏘바쥬')[0]?.perfume).toBe(perfume('Dior', 'Sauvage'));
  });

  it('finds the perfumes of a sentence', () => {
    const mentions = findPerfumeMentions('바이레도 집시워터랑 블랑쉬 같이 써도 돼?', index);
    expect(mentions.map((mention) => mention.candidates[0]?.perfume)).toEqual([
      perfume('Byredo', 'Gypsy Water'),
      perfume('Byredo', 'Blanche'),
    ]);
  });
});
