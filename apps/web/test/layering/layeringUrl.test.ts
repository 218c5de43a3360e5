import { describe, expect, it } from 'vitest';
import { layeringHref, selectionFromParams, singlePerfumeOf } from '../../src/layering/layeringUrl';

describe('the layering page address', () => {
  it('reads the two perfumes of a shared link and writes them back the same', () => {
    const selection = selectionFromParams(new URLSearchParams('a=130&b=134'));
    expect(selection).toEqual({ a: 130, b: 134 });
    expect(layeringHref(selection)).toBe('/layering?a=130&b=134');
  });

  it('ignores what is not a perfume id', () => {
    for (const query of ['a=0', 'a=-3', 'a=1.5', 'a=abc', 'a=99999999999', 'a=']) {
      expect(selectionFromParams(new URLSearchParams(query)).a).toBeNull();
    }
    expect(layeringHref({ a: null, b: null })).toBe('/layering');
  });

  it('shows partners for the one perfume named, in either slot, and none for a pair', () => {
    expect(singlePerfumeOf({ a: 7, b: null })).toBe(7);
    expect(singlePerfumeOf({ a: null, b: 9 })).toBe(9);
    expect(singlePerfumeOf({ a: 7, b: 9 })).toBeNull();
    expect(singlePerfumeOf({ a: null, b: null })).toBeNull();
  });
});
