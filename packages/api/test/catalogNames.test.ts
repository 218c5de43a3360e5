import { describe, expect, it } from 'vitest';
import { brandSlugSchema } from '../src/schemas';
import { brandSlug } from '../src/text';
import { BRAND_COUNTRIES, NOTE_DESCRIPTIONS, noteFamilyOf } from '../src/vocabulary';

describe('brandSlug', () => {
  it('folds a house name into an address: lower case, accents off, words joined by hyphens', () => {
    expect(brandSlug('Le Labo')).toBe('le-labo');
    expect(brandSlug('Hermès')).toBe('hermes');
    expect(brandSlug('Dolce & Gabbana')).toBe('dolce-gabbana');
    expect(brandSlug("Penhaligon's")).toBe('penhaligon-s');
    expect(brandSlug('Viktor&Rolf')).toBe('viktor-rolf');
    expect(brandSlug('탬버린즈')).toBe('탬버린즈');
  });

  it('gives slugs the brand page accepts', () => {
    for (const name of ['Maison Francis Kurkdjian', 'Frédéric Malle', "L'Artisan Parfumeur", '탬버린즈 퍼퓸']) {
      expect(brandSlugSchema.safeParse(brandSlug(name)).success).toBe(true);
    }
  });
});

describe('noteFamilyOf', () => {
  it('keeps the family of a described note', () => {
    expect(noteFamilyOf('bergamot')).toBe(NOTE_DESCRIPTIONS.bergamot?.family);
    expect(noteFamilyOf('orange-blossom')).toBe('white_floral');
  });

  it('places other notes by the head word of their name', () => {
    expect(noteFamilyOf('amalfi-lemon')).toBe('citrus');
    expect(noteFamilyOf('apple-blossom')).toBe('floral');
    expect(noteFamilyOf('violet-leaf')).toBe('green');
    expect(noteFamilyOf('sichuan-pepper')).toBe('spicy');
    expect(noteFamilyOf('agarwood-oud')).toBe('woody');
    expect(noteFamilyOf('akigalawood')).toBe('woody');
  });

  it('reads past words that say nothing of the smell, and names that mislead', () => {
    expect(noteFamilyOf('woody-notes')).toBe('woody');
    expect(noteFamilyOf('rose-absolute')).toBe('floral');
    expect(noteFamilyOf('rose-water')).toBe('floral');
    expect(noteFamilyOf('sea-water')).toBe('aquatic');
  });

  it('places nothing it cannot read', () => {
    expect(noteFamilyOf('unobtainium')).toBeNull();
    expect(noteFamilyOf('notes')).toBeNull();
  });
});

describe('BRAND_COUNTRIES', () => {
  it('keys houses by slug and names real countries', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const [slug, country] of Object.entries(BRAND_COUNTRIES)) {
      expect(brandSlugSchema.parse(slug)).toBe(slug);
      expect(slug).toBe(brandSlug(slug));
      expect(names.of(country)).toBeTruthy();
    }
  });
});
