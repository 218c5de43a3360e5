import { describe, expect, it } from 'vitest';
import { encodeServicePath } from '../src/proxy/servicePath';

describe('encodeServicePath', () => {
  it('keeps the commas of a tRPC batch', () => {
    expect(encodeServicePath(['perfume.search,vocabulary.accords'])).toBe('perfume.search,vocabulary.accords');
  });

  it('re-encodes what must not reach the service raw', () => {
    expect(encodeServicePath(['perfumes', 'a b', 'x/y', '상탈'])).toBe('perfumes/a%20b/x%2Fy/%EC%83%81%ED%83%88');
  });

  it('refuses segments that would leave the proxied prefix', () => {
    expect(encodeServicePath(['..', 'health'])).toBeNull();
    expect(encodeServicePath(['docs', '.'])).toBeNull();
  });

  it('maps no segments to the prefix itself', () => {
    expect(encodeServicePath(undefined)).toBe('');
  });
});
