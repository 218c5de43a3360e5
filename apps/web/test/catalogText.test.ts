import { LONGEVITY_STEPS, SILLAGE_STEPS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { brandIn, noteAltName, noteNameIn, similarityPercent, slugAsName } from '../src/catalog/names';
import { accordKeyOf, listStartOf, perfumeIdOf } from '../src/catalog/pageParams';
import { readScale } from '../src/catalog/performanceScale';
import { similarityReason } from '../src/catalog/similarityReason';
import { moveActive, NO_OPTION } from '../src/search/comboboxNavigation';

const sandalwood = { slug: 'sandalwood', name: 'sandalwood', nameKo: '샌달우드' };

describe('catalog names', () => {
  it('shows brands and notes in the reader language, English names capitalised', () => {
    expect(brandIn('ko', { brand: 'Le Labo', brandKo: '르라보' })).toBe('르라보');
    expect(brandIn('ko', { brand: 'Zara', brandKo: null })).toBe('Zara');
    expect(brandIn('en', { brand: 'Le Labo', brandKo: '르라보' })).toBe('Le Labo');
    expect(noteNameIn('ko', sandalwood)).toBe('샌달우드');
    expect(noteNameIn('en', { name: 'pink pepper', nameKo: '핑크 페퍼' })).toBe('Pink pepper');
    expect(noteNameIn('ko', { name: 'ambroxan', nameKo: null })).toBe('Ambroxan');
    expect(noteAltName('ko', sandalwood)).toBe('Sandalwood');
    expect(noteAltName('en', sandalwood)).toBe('샌달우드');
    expect(slugAsName('pink-pepper')).toBe('Pink pepper');
  });

  it('rounds a similarity to a percentage within 0..100', () => {
    expect(similarityPercent(0.677)).toBe(68);
    expect(similarityPercent(1.2)).toBe(100);
    expect(similarityPercent(-0.1)).toBe(0);
  });
});

describe('longevity and sillage scales', () => {
  it('names the nearest step and fills the steps up to the mean', () => {
    expect(readScale(4, LONGEVITY_STEPS, 'ko')).toEqual({
      step: '오래 감',
      stepIndex: 3,
      value: '4.0',
      mean: 4,
      max: 5,
      fills: [1, 1, 1, 1, 0],
    });
    expect(readScale(3.6, LONGEVITY_STEPS, 'en')).toMatchObject({
      step: 'Long lasting',
      value: '3.6',
      mean: 3.6,
      fills: [1, 1, 1, 0.6, 0],
    });
    expect(readScale(1, SILLAGE_STEPS, 'ko')).toMatchObject({ step: '은은함', max: 4, fills: [1, 0, 0, 0] });
    expect(readScale(4, SILLAGE_STEPS, 'en')).toMatchObject({ step: 'Enormous', fills: [1, 1, 1, 1] });
  });

  it('names the step the shown value rounds to', () => {
    // 2.46 is shown as 2.5, so it reads as the third step, not the second.
    expect(readScale(2.46, LONGEVITY_STEPS, 'ko')).toMatchObject({ step: '보통', value: '2.5', mean: 2.5 });
  });

  it('keeps a mean outside the scale on its ends', () => {
    expect(readScale(9, SILLAGE_STEPS, 'ko')).toMatchObject({ step: '매우 강함', value: '4.0', fills: [1, 1, 1, 1] });
    expect(readScale(0, LONGEVITY_STEPS, 'ko')).toMatchObject({
      step: '매우 약함',
      value: '1.0',
      fills: [1, 0, 0, 0, 0],
    });
  });
});

describe('why two perfumes are similar', () => {
  it('lists the shared accords and notes in the reader language', () => {
    const shared = { sharedAccords: ['woody', 'smoky'] as const, sharedNotes: [sandalwood] };
    expect(similarityReason('ko', shared)).toBe('공통 어코드: 우디, 스모키 · 공통 노트: 샌달우드');
    expect(similarityReason('en', shared)).toBe('Shared accords: Woody, Smoky · Shared notes: Sandalwood');
  });

  it('leaves out an empty half, and says nothing when nothing is shared', () => {
    expect(similarityReason('ko', { sharedAccords: [], sharedNotes: [sandalwood] })).toBe('공통 노트: 샌달우드');
    expect(similarityReason('en', { sharedAccords: ['citrus'], sharedNotes: [] })).toBe('Shared accords: Citrus');
    expect(similarityReason('ko', { sharedAccords: [], sharedNotes: [] })).toBe('');
  });
});

describe('catalog addresses', () => {
  it('accepts only the perfume ids the API accepts: decimal digits, 1 to 2147483647', () => {
    expect(perfumeIdOf('130')).toBe(130);
    expect(perfumeIdOf('2147483647')).toBe(2147483647);
    for (const bad of ['0', '-1', '1.5', 'abc', '1e3', '0x10', '2147483648', '12345678901']) {
      expect(perfumeIdOf(bad), bad).toBeNull();
    }
  });

  it('accepts only accords of the vocabulary', () => {
    expect(accordKeyOf('white_floral')).toBe('white_floral');
    expect(accordKeyOf('glitter')).toBeNull();
  });

  it('starts a list at ?from when it is a whole number, else at the beginning', () => {
    expect(listStartOf('40')).toBe(40);
    expect(listStartOf(['20', '40'])).toBe(20);
    for (const bad of [undefined, '', '-20', 'x', '1.5']) expect(listStartOf(bad)).toBe(0);
  });
});

describe('moving through suggestions with the arrow keys', () => {
  it('enters the list at either end and wraps around', () => {
    expect(moveActive(NO_OPTION, 5, 1)).toBe(0);
    expect(moveActive(NO_OPTION, 5, -1)).toBe(4);
    expect(moveActive(0, 5, 1)).toBe(1);
    expect(moveActive(4, 5, 1)).toBe(0);
    expect(moveActive(0, 5, -1)).toBe(4);
  });

  it('has nowhere to go in an empty list, and recovers from a list that shrank', () => {
    expect(moveActive(2, 0, 1)).toBe(NO_OPTION);
    expect(moveActive(7, 3, 1)).toBe(0);
  });
});
