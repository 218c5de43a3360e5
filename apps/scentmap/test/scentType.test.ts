import { SCENT_FAMILIES } from '@scentence/api/schemas';
import { ACCORD_KEYS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { createCardTokens } from '../src/scentType/cardToken';
import { PERSONAS } from '../src/scentType/personas';
import { familyPairKey, SCENT_FAMILY_OF_ACCORD } from '../src/scentType/scentFamilies';
import { personaOf, readScentType } from '../src/scentType/scentType';

describe('the personas', () => {
  it('has one persona, in Korean and English, for every pair of families', () => {
    const pairs = SCENT_FAMILIES.flatMap((a) => SCENT_FAMILIES.map((b) => familyPairKey(a, b)));
    expect(new Set(pairs).size).toBe(28);
    for (const key of pairs) {
      const persona = PERSONAS[key as keyof typeof PERSONAS];
      expect(persona?.name.ko).toMatch(/[가-힣]/);
      expect(persona?.portrait.en.length).toBeGreaterThan(20);
    }
    expect(Object.keys(PERSONAS)).toHaveLength(28);
  });

  it('gives every accord a family, and names the same type in either order', () => {
    for (const key of ACCORD_KEYS) expect(SCENT_FAMILIES).toContain(SCENT_FAMILY_OF_ACCORD[key]);
    expect(personaOf(['woody', 'citrus']).key).toBe(personaOf(['citrus', 'woody']).key);
    expect(personaOf(['woody']).key).toBe('woody-woody');
    expect(personaOf([]).key).toBe('explorer');
  });
});

describe('reading a scent type', () => {
  it('leads with what was explored most, and lets a liked wardrobe weigh in', () => {
    const explored = [
      [
        { key: 'woody' as const, strength: 100 },
        { key: 'amber' as const, strength: 70 },
      ],
      [
        { key: 'woody' as const, strength: 90 },
        { key: 'spicy' as const, strength: 40 },
      ],
    ];
    const alone = readScentType(explored, null);
    expect(alone.basis).toBe('explored');
    expect(alone.accords.map((accord) => accord.key)).toEqual(['woody', 'amber', 'spicy']);
    expect(alone.accords[0]?.weight).toBe(100);
    const withWardrobe = readScentType(explored, {
      entries: 5,
      accords: [{ key: 'citrus', weight: 100 }],
      avoidedAccords: [],
      likedNotes: [],
      dislikedNotes: [],
      seasons: [],
      genders: [],
    });
    expect(withWardrobe.basis).toBe('both');
    expect(withWardrobe.accords[0]?.key).toBe('citrus');
    expect(readScentType([], null)).toEqual({ basis: 'none', accords: [], counts: { explored: 0, owned: 0 } });
  });
});

describe('card ids', () => {
  const tokens = createCardTokens('a-secret-for-card-tests-long-enough');
  const content = {
    reading: {
      basis: 'explored' as const,
      accords: [
        { key: 'woody' as const, weight: 100 },
        { key: 'amber' as const, weight: 52.5 },
      ],
      counts: { explored: 12, owned: 0 },
    },
    tryNextId: 42,
    createdAt: new Date('2026-12-01T09:30:00Z'),
  };

  it('carries the card and nothing forged: another secret, an altered or cut id give nothing', () => {
    const id = tokens.encode(content);
    expect(id).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(tokens.decode(id)).toEqual(content);
    expect(createCardTokens('another-secret-that-is-long-enough!').decode(id)).toBeNull();
    expect(tokens.decode(id.slice(0, -2))).toBeNull();
    const [body = '', signature = ''] = id.split('.');
    const forged = Buffer.from(JSON.stringify([1, [[0, 100]], 42, 12, 0, 1, 0])).toString('base64url');
    expect(tokens.decode(`${forged}.${signature}`)).toBeNull();
    expect(tokens.decode(body)).toBeNull();
  });
});
