import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { concentrationOf } from '../../src/import/mappings/concentration';
import {
  FRAGRANTICA_ACCORDS,
  fragranticaJsonAccords,
  rankedFragranticaAccords,
  strengthFromRank,
} from '../../src/import/mappings/fragranticaAccords';
import { genderFromFragranticaVotes, genderFromLabel } from '../../src/import/mappings/gender';
import { keptFamilyStrengths, PARFUMO_ACCORDS, parfumoAccordStrengths } from '../../src/import/mappings/parfumoAccords';
import { releaseYear } from '../../src/import/mappings/releaseYear';
import { genderFromVotes, meanStep, parfumoOccasions, parfumoSeasons } from '../../src/import/mappings/votes';
import { parseVoteCounts } from '../../src/import/voteCounts';

describe('Parfumo families: cliff + 80% budget', () => {
  it('stops once the kept families hold 80% of the votes', () => {
    expect(keptFamilyStrengths({ Citrus: 40, Fresh: 30, Woody: 10, Green: 5, Sweet: 1 })).toEqual([
      ['Citrus', 100],
      ['Fresh', 75],
    ]);
  });

  it('stops at a cliff: a family under half of the one before it', () => {
    expect(keptFamilyStrengths({ Woody: 50, Spicy: 45, Sweet: 20, Green: 19, Fresh: 18 }).map(([n]) => n)).toEqual([
      'Woody',
      'Spicy',
    ]);
  });

  it('keeps many families when the votes are spread evenly', () => {
    const votes = { Citrus: 10, Spicy: 5, Synthetic: 8, Sweet: 9, Woody: 4, Green: 4, Fruity: 12, Fresh: 12 };
    expect(keptFamilyStrengths(votes).map(([n]) => n)).toEqual([
      'Fresh',
      'Fruity',
      'Citrus',
      'Sweet',
      'Synthetic',
      'Spicy',
    ]);
  });

  it('maps kept families onto project keys, strongest 100', () => {
    expect(parfumoAccordStrengths({ Oriental: 20, Animal: 15, Synthetic: 10 })).toEqual({
      amber: 100,
      animalic: 75,
      musky: 50,
    });
    expect(parfumoAccordStrengths({})).toEqual({});
  });

  it('covers all 21 Parfumo families', () => {
    const families = [
      'Fresh',
      'Citrus',
      'Fruity',
      'Sweet',
      'Floral',
      'Powdery',
      'Creamy',
      'Gourmand',
      'Oriental',
      'Spicy',
      'Animal',
      'Leathery',
      'Smoky',
      'Woody',
      'Resinous',
      'Earthy',
      'Chypre',
      'Fougère',
      'Green',
      'Aquatic',
      'Synthetic',
    ];
    for (const family of families) expect(PARFUMO_ACCORDS[family.toLowerCase()], family).toBeDefined();
  });
});

describe('Fragrantica accords', () => {
  it('derives strengths from rank: 100, 90, … never below 40', () => {
    expect([0, 1, 2, 5, 6, 9].map(strengthFromRank)).toEqual([100, 90, 80, 50, 40, 40]);
  });

  it('folds several accords into one key with the strongest strength', () => {
    expect(rankedFragranticaAccords(['warm spicy', 'rose', 'fresh spicy', 'cinnamon', 'white floral'])).toEqual({
      spicy: 100,
      floral: 90,
      white_floral: 60,
    });
  });

  it('maps the accords named in the brief', () => {
    const expected: Record<string, string> = {
      'warm spicy': 'spicy',
      'fresh spicy': 'spicy',
      'soft spicy': 'spicy',
      'white floral': 'white_floral',
      'yellow floral': 'floral',
      lactonic: 'creamy',
      ozonic: 'fresh',
      marine: 'aquatic',
      balsamic: 'resinous',
      tobacco: 'smoky',
      oud: 'woody',
      rose: 'floral',
      cinnamon: 'spicy',
      vanilla: 'vanilla',
      coffee: 'gourmand',
      wine: 'fruity',
      metallic: 'aldehydic',
      soapy: 'aldehydic',
      mossy: 'chypre',
    };
    for (const [accord, key] of Object.entries(expected)) expect(FRAGRANTICA_ACCORDS[accord], accord).toBe(key);
  });

  it('maps only onto the project vocabulary', () => {
    for (const key of [...Object.values(FRAGRANTICA_ACCORDS), ...Object.values(PARFUMO_ACCORDS)]) {
      expect(ACCORD_KEYS).toContain(key);
    }
  });

  it('adds chypre or fougère from the family line, and falls back to it without accords', () => {
    expect(fragranticaJsonAccords({ citrus: 100 }, 'X by Y is a Chypre Floral fragrance for women.')).toEqual({
      citrus: 100,
      chypre: 60,
    });
    expect(fragranticaJsonAccords({}, 'X by Y is a Woody Spicy fragrance for men.')).toEqual({ woody: 100, spicy: 90 });
    expect(fragranticaJsonAccords({}, 'X by Y is a fragrance for men.')).toEqual({});
  });
});

describe('votes', () => {
  it('reads Python and JSON vote dicts, decoding escapes', () => {
    expect(parseVoteCounts("{'Citrus': '10', 'Night Out': '5'}")).toEqual({ Citrus: 10, 'Night Out': 5 });
    expect(parseVoteCounts('{"Foug\\\\u00e8re": 24, "Woody": 3}')).toEqual({ Fougère: 24, Woody: 3 });
    expect(parseVoteCounts('')).toEqual({});
    expect(parseVoteCounts('Citrus=10')).toBeNull();
  });

  it('keeps seasons from 20% and occasions from 15%, relative to the best', () => {
    expect(parfumoSeasons({ Spring: 30, Summer: 40, Fall: 10, Winter: 20 })).toEqual({
      spring: 75,
      summer: 100,
      winter: 50,
    });
    expect(parfumoOccasions({ Daily: 17, 'Night Out': 4, Sport: 3 })).toEqual({ daily: 100, night_out: 24 });
    expect(parfumoSeasons({})).toEqual({});
  });

  it('leans feminine or masculine only from 66% of the two sides', () => {
    expect(genderFromVotes(66, 34)).toBe('feminine');
    expect(genderFromVotes(65, 35)).toBe('unisex');
    expect(genderFromVotes(10, 30)).toBe('masculine');
    expect(genderFromVotes(0, 0)).toBe('unisex');
  });

  it('reads Fragrantica gender labels and polls', () => {
    expect(genderFromLabel('for women')).toBe('feminine');
    expect(genderFromLabel('for men')).toBe('masculine');
    expect(genderFromLabel('for women and men')).toBe('unisex');
    expect(genderFromFragranticaVotes({ female: 349, 'more female': 21, unisex: 4 }, 'for women and men')).toBe(
      'feminine',
    );
    expect(genderFromFragranticaVotes({ female: 10, unisex: 300 }, 'for women')).toBe('unisex');
    expect(genderFromFragranticaVotes({ male: 2 }, 'for women')).toBe('feminine');
  });

  it('turns vote histograms into means on their own scale', () => {
    expect(meanStep([0, 0, 10, 0, 0])).toBe(3);
    expect(meanStep([1, 0, 0, 1])).toBe(2.5);
    expect(meanStep([0, 0, 0])).toBeNull();
  });
});

describe('years and concentrations', () => {
  it('accepts believable years only', () => {
    expect(releaseYear('2013.0')).toBe(2013);
    expect(releaseYear(1921)).toBe(1921);
    expect(releaseYear('4711.0')).toBeNull();
    expect(releaseYear('1533')).toBeNull();
    expect(releaseYear('')).toBeNull();
    expect(releaseYear(String(new Date().getFullYear() + 1))).toBeNull();
  });

  it('reads concentration labels, most specific first', () => {
    expect(concentrationOf('Extrait de Parfum')).toBe('extrait');
    expect(concentrationOf('Eau de Parfum Intense')).toBe('edp');
    expect(concentrationOf("L'Eau de Toilette Rosée")).toBe('edt');
    expect(concentrationOf('Eau de Cologne')).toBe('edc');
    expect(concentrationOf('Cologne Intense')).toBe('cologne');
    expect(concentrationOf('Parfum')).toBe('parfum');
    expect(concentrationOf('Fragrance Mist')).toBeNull();
    expect(concentrationOf('')).toBeNull();
  });
});

describe('the README', () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../src/import/README.md'), 'utf8');

  it('documents every Fragrantica accord under the key the code maps it to', () => {
    for (const [accord, key] of Object.entries(FRAGRANTICA_ACCORDS)) {
      const row = readme.split('\n').find((line) => new RegExp(`^\\|\\s*\`${key}\`\\s*\\|`).test(line));
      expect(row, key).toBeDefined();
      expect(
        row!
          .split('|')[2]!
          .split(',')
          .map((a) => a.trim()),
        `${accord} → ${key}`,
      ).toContain(accord);
    }
  });

  it('documents every Parfumo family with its key', () => {
    for (const [family, key] of Object.entries(PARFUMO_ACCORDS)) {
      if (family === 'fougere') continue;
      expect(readme.toLowerCase(), family).toMatch(new RegExp(`\\| ${family}[^|]*\\| \`${key}\``));
    }
  });
});
