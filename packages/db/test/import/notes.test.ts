import { describe, expect, it } from 'vitest';
import { mergeKoreanNames } from '../../src/import/koreanNames';
import { createNoteNormalizer, recordNotes } from '../../src/import/notes';
import { cleanSourceText, decodeSourceEscapes } from '../../src/import/sourceText';
import { SHIPPED_CATALOG } from '../../src/seed/catalogRecords';

const notes = createNoteNormalizer();

describe('note names', () => {
  it('folds case, whitespace, variants and plurals onto one spelling', () => {
    expect(notes.name('Woodsy Notes')).toBe('woody notes');
    expect(notes.name('woody notes')).toBe('woody notes');
    expect(notes.name('Citruses')).toBe('citrus');
    expect(notes.name('  Black locust   Honey ')).toBe('black locust honey');
    expect(notes.name('Cloves')).toBe('clove');
    expect(notes.name('Juniper Berries')).toBe('juniper berry');
    expect(notes.name('Lily-of-the-Valley')).toBe('lily of the valley');
    expect(notes.name('Agarwood (Oud)')).toBe('oud');
    expect(notes.name('Vanille')).toBe('vanilla');
  });

  it('decodes \\u escapes and HTML entities', () => {
    expect(decodeSourceEscapes('Foug\\u00e8re')).toBe('Fougère');
    expect(cleanSourceText('Rose &amp; Oud &#39;Intense&#39; &#xE8;')).toBe("Rose & Oud 'Intense' è");
  });

  it('drops junk names', () => {
    expect(notes.name('   ')).toBeNull();
    expect(notes.name('x'.repeat(81))).toBeNull();
  });

  it("gives Korean names to the shipped catalog's notes and to frequent others", () => {
    expect(notes.nameKo('bergamot')).toBe('베르가못');
    expect(notes.nameKo(notes.name('Bulgarian Rose')!)).toBe('불가리안 로즈');
    expect(notes.nameKo('unobtainium')).toBeNull();
  });

  it('takes Korean note names from the given table and brand names from the catalog', () => {
    const names = mergeKoreanNames(SHIPPED_CATALOG, { 'Brand New Note': '새 노트' });
    expect(names.notesKo.get('brand-new-note')).toBe('새 노트');
    expect(names.noteNames.get('brand-new-note')).toBe('Brand New Note');
    expect(names.notesKo.get('bergamot')).toBeUndefined();
    expect(names.brandsKo.get('chanel')).toBe('샤넬');
  });
});

describe('pyramids', () => {
  it('keeps a real pyramid, without repeats inside a position', () => {
    const result = recordNotes({ top: ['Lemon', 'lemon'], middle: ['Rose'], base: ['Musk'] });
    expect(result.map((n) => `${n.position}:${n.name}`)).toEqual(['top:lemon', 'middle:rose', 'base:musk']);
  });

  it('stores one list copied into every position once, as flat', () => {
    const list = ['Rose', 'Musk'];
    expect(recordNotes({ top: list, middle: list, base: list }).map((n) => n.position)).toEqual(['flat', 'flat']);
  });

  it('stores a single filled position as flat', () => {
    expect(recordNotes({ top: [], middle: ['Rose', 'Musk'], base: [] }).map((n) => n.position)).toEqual([
      'flat',
      'flat',
    ]);
  });
});
