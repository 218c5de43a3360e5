import { describe, expect, it } from 'vitest';
import { withParticle } from '../src/text/koreanParticles';

describe('withParticle', () => {
  it('follows the last syllable of a Korean word', () => {
    expect(withParticle('플로럴', '와/과')).toBe('플로럴과');
    expect(withParticle('시트러스', '와/과')).toBe('시트러스와');
    expect(withParticle('소바쥬', '은/는')).toBe('소바쥬는');
    expect(withParticle('블루 드 샤넬', '이/가')).toBe('블루 드 샤넬이');
  });

  it('reads a final digit in Korean', () => {
    expect(withParticle('상탈 33', '은/는')).toBe('상탈 33은');
    expect(withParticle('넘버 5', '와/과')).toBe('넘버 5와');
    expect(withParticle('어나더 13', '을/를')).toBe('어나더 13을');
  });

  it('gives both forms after a name in Latin letters', () => {
    expect(withParticle('CK One', '와/과')).toBe('CK One와(과)');
    expect(withParticle('Sauvage', '이/가')).toBe('Sauvage이(가)');
  });
});
