import { describe, expect, it } from 'vitest';
import { createIntentVocabulary, isIntentWord } from '../src/intent/intentVocabulary';
import { findPerfumeMentions } from '../src/names/findPerfumeMentions';
import { buildPerfumeNameIndex } from '../src/names/perfumeNameIndex';
import { perfume, TEST_CATALOG } from './support/catalog';
import { TEST_NOTES } from './support/notes';

const index = buildPerfumeNameIndex(TEST_CATALOG);

function found(sentence: string) {
  return findPerfumeMentions(sentence, index).map((mention) => ({
    text: mention.text,
    perfume: `${mention.candidates[0]?.perfume.brand} / ${mention.candidates[0]?.perfume.name}`,
    ambiguous: mention.ambiguous,
  }));
}

describe('findPerfumeMentions', () => {
  it.each([
    ['샤넬 넘버5랑 뭐 섞으면 좋아?', [['샤넬 넘버5', 'Chanel / N°5']]],
    [
      'Can I layer Oud Wood with Sauvage?',
      [
        ['Oud Wood', 'Tom Ford / Oud Wood'],
        ['Sauvage', 'Dior / Sauvage'],
      ],
    ],
    [
      '바이레도 집시워터랑 블랑쉬 같이 써도 돼?',
      [
        ['바이레도 집시워터', 'Byredo / Gypsy Water'],
        ['블랑쉬', 'Byredo / Blanche'],
      ],
    ],
    ['CK One 쓰는데 더 상쾌하게 만들고 싶어', [['CK One', 'Calvin Klein / CK One']]],
    [
      '쏘바주랑 상탈33이랑 어때',
      [
        ['쏘바주', 'Dior / Sauvage'],
        ['상탈33', 'Le Labo / Santal 33'],
      ],
    ],
    [
      '르라보상탈33 위에 블랙오피움 뿌려도 될까?',
      [
        ['르라보상탈33', 'Le Labo / Santal 33'],
        ['블랙오피움', 'Yves Saint Laurent / Black Opium'],
      ],
    ],
    [
      'I wear diorsauvage, what goes with tam dao?',
      [
        ['diorsauvage', 'Dior / Sauvage'],
        ['tam dao', 'Diptyque / Tam Dao'],
      ],
    ],
    [
      '조말론 잉글리쉬 페어 앤 프리지아랑 우드세이지 레이어링',
      [
        ['조말론 잉글리쉬 페어 앤 프리지아', 'Jo Malone London / English Pear & Freesia'],
        ['우드세이지', 'Jo Malone London / Wood Sage & Sea Salt'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected.map(([text, name]) => ({ text, perfume: name, ambiguous: false })));
  });

  it('finds nothing in a sentence that names no perfume', () => {
    expect(findPerfumeMentions('요즘 회사에 뿌릴 깨끗한 향수 추천해줘', index)).toEqual([]);
    expect(findPerfumeMentions('What should I wear to the office?', index)).toEqual([]);
  });

  it('prefers the house named in the same sentence', () => {
    const [, blanche] = findPerfumeMentions('바이레도 집시워터랑 블랑쉬', index);
    expect(blanche?.candidates[0]?.perfume).toBe(perfume('Byredo', 'Blanche'));
    expect(blanche?.ambiguous).toBe(false);
  });

  it('asks with up to five candidates when a name fits several perfumes', () => {
    const [velvet] = findPerfumeMentions('Can I layer Velvet with Santal 33?', index);
    expect(velvet?.ambiguous).toBe(true);
    expect(velvet?.candidates).toHaveLength(5);
    expect(velvet?.candidates.every((candidate) => candidate.perfume.name === 'Velvet')).toBe(true);
  });

  it('asks about a misspelt name, offering the far better-known perfume', () => {
    const [savage] = findPerfumeMentions('savage랑 상탈33', index);
    expect(savage?.ambiguous).toBe(true);
    expect(savage?.candidates.map((candidate) => candidate.perfume)).toEqual(
      expect.arrayContaining([perfume('Dior', 'Sauvage'), perfume('Maison Ordinaire', 'Savage')]),
    );
    expect(savage?.candidates[0]?.perfume).toBe(perfume('Dior', 'Sauvage'));
    const [aventus] = findPerfumeMentions('aventos랑 어울리는 거', index);
    expect(aventus?.candidates[0]?.perfume).toBe(perfume('Creed', 'Aventus'));
    expect(aventus?.ambiguous).toBe(true);
  });

  it('does not read a note or accord word alone as a perfume when given the intent vocabulary', () => {
    const vocabulary = createIntentVocabulary({ notes: TEST_NOTES });
    const isCommonWord = (key: string) => isIntentWord(vocabulary, key);
    const sentence = 'I love rose and vanilla';
    expect(findPerfumeMentions(sentence, index).map((mention) => mention.text)).toEqual(['rose']);
    expect(findPerfumeMentions(sentence, index, { isCommonWord })).toEqual([]);
    expect(found('Can I layer Oud Wood with rose?')[0]?.perfume).toBe('Tom Ford / Oud Wood');
    expect(findPerfumeMentions('Can I layer Oud Wood with rose?', index, { isCommonWord })).toHaveLength(1);
  });

  it('finds at most the number of perfumes asked for', () => {
    const sentence = '소바쥬, 블랑쉬, 상탈33 중에 뭐가 좋아?';
    expect(findPerfumeMentions(sentence, index)).toHaveLength(2);
    expect(findPerfumeMentions(sentence, index, { maxMentions: 3 })).toHaveLength(3);
  });

  it('accepts the catalog as a plain list', () => {
    expect(findPerfumeMentions('소바쥬랑 블랑쉬', TEST_CATALOG)).toHaveLength(2);
  });
});
