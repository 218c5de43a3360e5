import { describe, expect, it } from 'vitest';
import { compactKey } from '../src/text/foldForMatch';
import { toJamo } from '../src/text/jamo';
import { editDistance, textSimilarity } from '../src/text/similarity';

describe('similarity', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('sees spelling variants as the same name', () => {
    expect(textSimilarity('소바쥬', '쏘바주')).toBe(1);
    expect(textSimilarity('Santal 33', 'santal33')).toBe(1);
  });

  it('rates one typo high and unrelated names low', () => {
    expect(textSimilarity('sauvage', 'savage')).toBeGreaterThan(0.8);
    expect(textSimilarity('바이레도', '바이레더')).toBeGreaterThan(0.8);
    expect(textSimilarity('aventus', 'aventos')).toBeGreaterThan(0.8);
    expect(textSimilarity('sauvage', 'philosykos')).toBeLessThan(0.3);
    expect(textSimilarity('집시워터', '블랑쉬')).toBeLessThan(0.3);
  });

  it('compares Korean letter by letter, so an unfinished syllable is a prefix', () => {
    expect(toJamo(compactKey('상탈 33')).startsWith(toJamo(compactKey('상타')))).toBe(true);
    expect(toJamo('소바주')).toBe('ㅅㅗㅂㅏㅈㅜ');
  });
});
