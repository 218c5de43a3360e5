import { describe, expect, it } from 'vitest';
import { containsPattern, foldText, nameKey, noteSlug } from '../src/text/normalize';

describe('text normalisation', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText("Terre d'Hermès")).toBe('terre d hermes');
    expect(nameKey('  Acqua di Giò  PROFUMO ')).toBe('acqua di gio profumo');
  });

  it('keeps Korean letters', () => {
    expect(foldText('블루 드 샤넬!')).toBe('블루 드 샤넬');
  });

  it('makes URL-safe note slugs', () => {
    expect(noteSlug('Pink Pepper')).toBe('pink-pepper');
    expect(noteSlug('Ylang-Ylang')).toBe('ylang-ylang');
  });

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('100%_pure')).toBe('%100\\%\\_pure%');
  });
});
