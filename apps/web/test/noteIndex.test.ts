import type { NoteIndexEntry } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { brandHref } from '../src/catalog/brandHref';
import { brandQuery, brandSortOf, countryName } from '../src/catalog/brandParams';
import { filterKey, groupNotes, noteMatches } from '../src/notes/noteGroups';

const note = (
  slug: string,
  name: string,
  nameKo: string | null,
  family: NoteIndexEntry['family'],
  perfumes: number,
) => ({
  slug,
  name,
  nameKo,
  family,
  perfumes,
});

const NOTES: NoteIndexEntry[] = [
  note('sandalwood', 'sandalwood', '샌달우드', 'woody', 40),
  note('bergamot', 'bergamot', '베르가못', 'citrus', 90),
  note('flint', 'flint', null, null, 1),
  note('pink-pepper', 'pink pepper', '핑크 페퍼', 'spicy', 30),
  note('lemon', 'lemon', '레몬', 'citrus', 50),
];

describe('the notes index', () => {
  it('groups notes by family in the accords order, unplaced notes last, most carried first', () => {
    const groups = groupNotes(NOTES);
    expect(groups.map((group) => group.family)).toEqual(['citrus', 'spicy', 'woody', null]);
    expect(groups[0]?.notes.map((entry) => entry.slug)).toEqual(['bergamot', 'lemon']);
  });

  it('matches Korean or English names however they are spaced or cased', () => {
    const typed = (text: string) => NOTES.filter((entry) => noteMatches(entry, filterKey(text))).map((e) => e.slug);
    expect(typed('베르')).toEqual(['bergamot']);
    expect(typed('핑크페퍼')).toEqual(['pink-pepper']);
    expect(typed('Pink pep')).toEqual(['pink-pepper']);
    expect(typed('SANDAL')).toEqual(['sandalwood']);
    expect(typed('')).toHaveLength(NOTES.length);
    expect(typed('unobtainium')).toEqual([]);
  });
});

describe('brand page addresses', () => {
  it("links a brand by its catalog name's slug", () => {
    expect(brandHref('Le Labo')).toBe('/brands/le-labo');
    expect(brandHref('Hermès')).toBe('/brands/hermes');
    expect(brandHref('탬버린즈')).toBe(`/brands/${encodeURIComponent('탬버린즈')}`);
  });

  it('reads the order from the address, and writes it back only when not the default', () => {
    expect(brandSortOf('newest')).toBe('newest');
    expect(brandSortOf(['oldest', 'name'])).toBe('oldest');
    expect(brandSortOf('relevance')).toBe('popularity');
    expect(brandSortOf(undefined)).toBe('popularity');
    expect(brandQuery('popularity')).toBe('');
    expect(brandQuery('newest', 40)).toBe('?sort=newest&from=40');
    expect(brandQuery('popularity', 20)).toBe('?from=20');
  });

  it('names a country in the reader’s language', () => {
    expect(countryName('FR', 'ko')).toBe('프랑스');
    expect(countryName('FR', 'en')).toBe('France');
  });
});
