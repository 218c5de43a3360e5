import { ACCORDS, GENDERS, OCCASIONS, SEASONS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { ACCORD_WORDS } from '../src/intent/accordWords';
import { GENDER_WORDS, OCCASION_WORDS, SEASON_WORDS } from '../src/intent/contextWords';
import { createIntentVocabulary } from '../src/intent/intentVocabulary';
import { MOODS } from '../src/intent/moodWords';
import { understandQuery } from '../src/intent/understandQuery';
import { compactKey } from '../src/text/foldForMatch';
import { TEST_NOTES } from './support/notes';

const vocabulary = createIntentVocabulary({ notes: TEST_NOTES });
const understand = (text: string) => understandQuery(text, vocabulary);

/** The strongest accords of a query's weights, strongest first. */
function strongest(text: string, count = 1) {
  return Object.entries(understand(text).accordWeights)
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([accord]) => accord);
}

describe('understandQuery: filters', () => {
  it.each([
    ['우디', { accords: ['woody'] }],
    ['플로럴', { accords: ['floral'] }],
    ['woody', { accords: ['woody'] }],
    ['화이트 플로럴 계열', { accords: ['white_floral'] }],
    ['꽃향기 나는 향수', { accords: ['floral'] }],
    ['여름', { season: 'summer' }],
    ['summer', { season: 'summer' }],
    ['봄에 뿌릴', { season: 'spring' }],
    ['데일리', { occasion: 'daily' }],
    ['출근용 향수', { occasion: 'business' }],
    ['데이트할 때', { occasion: 'evening' }],
    ['office', { occasion: 'business' }],
    ['date night', { occasion: 'evening' }],
    ['남자 향수', { gender: 'masculine' }],
    ['남성용', { gender: 'masculine' }],
    ['여자', { gender: 'feminine' }],
    ['for men', { gender: 'masculine' }],
    ['unisex', { gender: 'unisex' }],
    ['중성적인 향', { gender: 'unisex' }],
    ['장미향', { notes: ['rose'] }],
    ['핑크 페퍼 들어간', { notes: ['pink-pepper'] }],
    ['pink pepper', { notes: ['pink-pepper'] }],
    ['꿀향', { notes: ['honey'] }],
    // Other spellings of notes than the catalog's own (NOTE_WORDS).
    ['재스민', { notes: ['jasmine'] }],
    ['샌들우드 향', { notes: ['sandalwood'] }],
    ['통카 들어간', { notes: ['tonka-bean'] }],
    ['agarwood', { notes: ['oud'] }],
    ['퍼퓸 추천', {}],
  ])('%s', (text, expected) => {
    expect(understand(text).filters).toMatchObject(expected);
    expect(understand(text).remainingText).toBe('');
  });

  it('understands a whole wish at once', () => {
    const wish = understand('여름에 출근할 때 쓸 시원한 남자 향수 추천해줘');
    expect(wish.filters).toMatchObject({ season: 'summer', occasion: 'business', gender: 'masculine' });
    expect(wish.moods).toEqual(['cool']);
    expect(wish.remainingText).toBe('');
    const english = understand('a cozy winter scent with vanilla and amber for her');
    expect(english.filters).toMatchObject({ accords: ['vanilla', 'amber'], season: 'winter', gender: 'feminine' });
    expect(english.moods).toEqual(['cozy']);
  });

  it('reads words run together', () => {
    expect(understand('여름데일리').filters).toMatchObject({ season: 'summer', occasion: 'daily' });
    expect(understand('봄여름에').understood.map((term) => term.key)).toEqual(['spring', 'summer']);
  });

  it('does not read a one-syllable note inside another word', () => {
    expect(understand('배송 언제 와요').understood).toEqual([]);
    expect(understand('자 이제 추천해줘').understood).toEqual([]);
    expect(understand('배향 나는').filters.notes).toEqual(['pear']);
  });

  it('reads a note known by two names as the plainer one', () => {
    expect(understand('배 노트').filters.notes).toEqual(['pear']);
  });

  it('gives an accord word precedence over the note of the same name', () => {
    expect(understand('머스크').filters).toMatchObject({ accords: ['musky'], notes: [] });
    expect(understand('바닐라').filters).toMatchObject({ accords: ['vanilla'], notes: [] });
  });
});

describe('understandQuery: moods, negation and intensity', () => {
  it.each([
    ['시원한', 'aquatic'],
    ['포근한', 'musky'],
    ['상큼한', 'citrus'],
    ['달콤한', 'sweet'],
    ['세련된', 'chypre'],
    ['깨끗한', 'musky'],
    ['따뜻한', 'amber'],
    ['cozy', 'musky'],
    ['clean', 'musky'],
    ['fresh', 'fresh'],
    ['sweet', 'sweet'],
    ['warm', 'amber'],
  ])('%s leans most on %s', (text, accord) => {
    expect(strongest(text)).toEqual([accord]);
  });

  it('turns a wish around when it is negated', () => {
    for (const text of ['달지 않게', '덜 달게', '달지않은 거', 'not too sweet', 'less sweet']) {
      const understood = understand(text);
      expect(understood.filters.excludeAccords, text).toEqual(['sweet']);
      expect(understood.accordWeights.sweet, text).toBeLessThan(0);
    }
    expect(understand('no oud').filters.excludeNotes).toEqual(['oud']);
    expect(understand('우디 말고 시트러스').filters).toMatchObject({ accords: ['citrus'], excludeAccords: ['woody'] });
    expect(understand('바닐라 빼고').filters).toMatchObject({ excludeAccords: ['vanilla'], notes: [] });
    expect(understand('여름 말고').filters.season).toBeUndefined();
  });

  it('reads more and less', () => {
    expect(understand('더 포근하게').understood[0]).toMatchObject({ key: 'cozy', intensity: 1.5 });
    expect(understand('warmer').understood[0]).toMatchObject({ key: 'warm', intensity: 1.5 });
    expect(understand('조금 달게').understood[0]).toMatchObject({ key: 'sweet', intensity: 0.5 });
    const weights = understand('더 포근하게').accordWeights;
    expect(weights.musky).toBeCloseTo(1.35);
  });
});

describe('understandQuery: perfume names', () => {
  it('leaves words it does not know for the name search', () => {
    expect(understand('Santal 33').remainingText).toBe('Santal 33');
    expect(understand('Blanche').remainingText).toBe('Blanche');
    expect(understand('르라보 우디')).toMatchObject({ remainingText: '르라보', filters: { accords: ['woody'] } });
  });

  it('keeps the query as typed, so that a perfume named like intent words can still win', () => {
    const oudWood = understand('Oud Wood');
    expect(oudWood.filters).toMatchObject({ notes: ['oud'], accords: ['woody'] });
    expect(oudWood.text).toBe('Oud Wood');
  });
});

describe('the intent lexicon', () => {
  it('understands every label of the vocabulary in both languages', () => {
    for (const accord of ACCORDS) {
      for (const label of [accord.ko, accord.en])
        expect(understand(label).filters.accords, label).toEqual([accord.key]);
    }
    for (const season of SEASONS)
      for (const label of [season.ko, season.en]) expect(understand(label).filters.season).toBe(season.key);
    for (const occasion of OCCASIONS) {
      for (const label of [occasion.ko, occasion.en])
        expect(understand(label).filters.occasion, label).toBe(occasion.key);
    }
    for (const gender of GENDERS)
      for (const label of [gender.ko, gender.en]) expect(understand(label).filters.gender).toBe(gender.key);
  });

  it('gives every hand-written word one meaning', () => {
    const meanings = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (word: string, meaning: string) => {
      const key = compactKey(word);
      const other = meanings.get(key);
      if (other && other !== meaning) clashes.push(`${word}: ${other} / ${meaning}`);
      meanings.set(key, meaning);
    };
    for (const [accord, words] of Object.entries(ACCORD_WORDS))
      for (const word of [...words.ko, ...words.en]) claim(word, `accord ${accord}`);
    for (const [season, words] of Object.entries(SEASON_WORDS))
      for (const word of [...words.ko, ...words.en]) claim(word, `season ${season}`);
    for (const [occasion, words] of Object.entries(OCCASION_WORDS))
      for (const word of [...words.ko, ...words.en]) claim(word, `occasion ${occasion}`);
    for (const [gender, words] of Object.entries(GENDER_WORDS))
      for (const word of [...words.ko, ...words.en]) claim(word, `gender ${gender}`);
    for (const mood of MOODS) for (const word of [...mood.words.ko, ...mood.words.en]) claim(word, `mood ${mood.key}`);
    expect(clashes).toEqual([]);
  });

  it('understands every mood word as its mood', () => {
    for (const mood of MOODS) {
      for (const word of [...mood.words.ko, ...mood.words.en]) {
        expect(
          understand(word).understood.map((term) => term.key),
          word,
        ).toEqual([mood.key]);
      }
    }
  });
});
