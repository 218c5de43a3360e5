import { describe, expect, it } from 'vitest';
import { createIntentVocabulary, isIntentWord } from '../../src/intent/intentVocabulary';
import { findBrandMentions } from '../../src/names/findBrandMentions';
import { buildPerfumeNameIndex } from '../../src/names/perfumeNameIndex';
import { TEST_CATALOG } from '../support/catalog';

const index = buildPerfumeNameIndex(TEST_CATALOG);
const vocabulary = createIntentVocabulary();
const isCommonWord = (key: string) => isIntentWord(vocabulary, key);
const houses = (text: string) =>
  findBrandMentions(text, index, { isCommonWord }).map(({ key, text: words, negated }) => ({ key, words, negated }));

describe('findBrandMentions', () => {
  it.each([
    ['디올 말고 다른 거', [{ key: 'dior', words: '디올', negated: true }]],
    ['디올은 빼고 추천해줘', [{ key: 'dior', words: '디올', negated: true }]],
    ['샤넬 제품은 싫어', [{ key: 'chanel', words: '샤넬', negated: true }]],
    ['no Dior please', [{ key: 'dior', words: 'Dior', negated: true }]],
    ['anything but Chanel', [{ key: 'chanel', words: 'Chanel', negated: true }]],
    ['르라보 향수 추천해줘', [{ key: 'lelabo', words: '르라보', negated: false }]],
    [
      'Le Labo or Byredo',
      [
        { key: 'lelabo', words: 'Le Labo', negated: false },
        { key: 'byredo', words: 'Byredo', negated: false },
      ],
    ],
    ['조말론에서 하나', [{ key: 'jomalonelondon', words: '조말론', negated: false }]],
  ])('finds the houses of "%s"', (text, expected) => {
    expect(houses(text)).toEqual(expected);
  });

  it('finds none in a sentence about moods only', () => {
    expect(houses('깨끗하고 시원한 향')).toEqual([]);
  });
});
