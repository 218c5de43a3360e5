import type { LayeringPair, LayeringVerdict } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLayeringFixture, type LayeringFixture } from './support/layeringFixture';

let fixture: LayeringFixture;

beforeAll(async () => {
  fixture = await createLayeringFixture();
}, 120_000);
afterAll(() => fixture?.close());

type Side = [brand: string, name: string];
interface Expected {
  a: Side;
  b: Side;
  verdict: LayeringVerdict;
  /** The rule that decides the pair (docs/layering.md). */
  rule: string;
  contrast?: boolean;
}

/**
 * Pairs of the shipped catalog with the verdict the documented rules give them, and the rule
 * that decides it. Good pairs rest on a complement, a bridge or close families; contrasts on
 * opposite sides of the wheel; clashes on a doubled heavy material, two loud perfumes, stacked
 * sugar or two very complex compositions.
 */
const TABLE: Expected[] = [
  // Complements and harmony.
  { a: ['Le Labo', 'Santal 33'], b: ['Le Labo', 'Bergamote 22'], verdict: 'great', rule: 'complement.citrus_woods' },
  {
    a: ['Hermès', "Terre d'Hermès"],
    b: ['Le Labo', 'Bergamote 22'],
    verdict: 'great',
    rule: 'complement.vetiver_bergamot',
  },
  { a: ['Calvin Klein', 'CK One'], b: ['Chloé', 'Love Story'], verdict: 'great', rule: 'complement.citrus_floral' },
  {
    a: ['Calvin Klein', 'CK One'],
    b: ['Lanvin', "Éclat d'Arpège"],
    verdict: 'great',
    rule: 'complement.citrus_floral',
  },
  {
    a: ['Nonfiction', 'Santal Cream'],
    b: ['Atelier Cologne', 'Vanille Insensée'],
    verdict: 'great',
    rule: 'complement.vanilla_woods',
  },
  {
    a: ['Tom Ford', 'Oud Wood'],
    b: ['Juliette Has a Gun', 'Vanilla Vibes'],
    verdict: 'great',
    rule: 'complement.vanilla_woods',
  },
  { a: ['Diptyque', 'Tam Dao'], b: ['Le Labo', 'Bergamote 22'], verdict: 'great', rule: 'complement.citrus_woods' },
  { a: ['Aesop', 'Hwyl'], b: ["Penhaligon's", 'Juniper Sling'], verdict: 'great', rule: 'complement.herbs_woods' },
  { a: ['Acqua di Parma', 'Colonia'], b: ['Le Labo', 'Santal 33'], verdict: 'good', rule: 'complement.herbs_woods' },
  {
    a: ['Escentric Molecules', 'Molecule 01'],
    b: ['Tom Ford', 'Neroli Portofino'],
    verdict: 'good',
    rule: 'complement.citrus_woods',
  },
  { a: ['Aesop', 'Tacit'], b: ['Diptyque', 'Tam Dao'], verdict: 'good', rule: 'complement.herbs_woods' },
  { a: ['Byredo', 'Gypsy Water'], b: ['Byredo', 'Blanche'], verdict: 'good', rule: 'complement.citrus_floral' },
  {
    a: ['Shiro', 'Savon'],
    b: ['Maison Francis Kurkdjian', 'À la Rose'],
    verdict: 'good',
    rule: 'complement.rose_white_musk',
  },
  {
    a: ['Clean', 'Warm Cotton'],
    b: ['Maison Francis Kurkdjian', 'À la Rose'],
    verdict: 'good',
    rule: 'complement.rose_white_musk',
  },
  {
    a: ['Tamburins', '000'],
    b: ['Byredo', "Rose of No Man's Land"],
    verdict: 'good',
    rule: 'complement.rose_white_musk',
  },
  { a: ['Granhand', 'Soo Kyung'], b: ['Diptyque', 'Philosykos'], verdict: 'good', rule: 'complement.green_floral' },
  {
    a: ['Jo Malone London', 'Myrrh & Tonka'],
    b: ['Byredo', 'Super Cedar'],
    verdict: 'good',
    rule: 'complement.vanilla_woods',
  },
  {
    a: ['Jo Malone London', 'Wood Sage & Sea Salt'],
    b: ['Jo Malone London', 'English Pear & Freesia'],
    verdict: 'good',
    rule: 'harmony.wheel_neighbours',
  },
  {
    a: ['Jo Malone London', 'Lime Basil & Mandarin'],
    b: ['Jo Malone London', 'Wood Sage & Sea Salt'],
    verdict: 'good',
    rule: 'harmony.wheel_neighbours',
  },
  {
    a: ['Maison Margiela', 'Replica Lazy Sunday Morning'],
    b: ['Jo Malone London', 'Peony & Blush Suede'],
    verdict: 'good',
    rule: 'complement.rose_white_musk',
  },
  {
    a: ['Narciso Rodriguez', 'For Her'],
    b: ['Le Labo', 'Another 13'],
    verdict: 'good',
    rule: 'harmony.shared_accords',
  },
  // Contrasts: allowed, and said so.
  {
    a: ['Atelier Cologne', 'Orange Sanguine'],
    b: ['Atelier Cologne', 'Vanille Insensée'],
    verdict: 'great',
    rule: 'contrast.opposite_families',
    contrast: true,
  },
  {
    a: ['Acqua di Parma', 'Colonia'],
    b: ['Juliette Has a Gun', 'Vanilla Vibes'],
    verdict: 'good',
    rule: 'contrast.opposite_families',
    contrast: true,
  },
  {
    a: ['Dolce & Gabbana', 'Light Blue'],
    b: ['Tom Ford', 'Tobacco Vanille'],
    verdict: 'good',
    rule: 'contrast.opposite_families',
    contrast: true,
  },
  {
    a: ['Maison Francis Kurkdjian', 'À la Rose'],
    b: ['Tom Ford', 'Oud Wood'],
    verdict: 'good',
    rule: 'contrast.rose_oud',
    contrast: true,
  },
  {
    a: ['Byredo', "Rose of No Man's Land"],
    b: ['Initio', 'Oud for Greatness'],
    verdict: 'good',
    rule: 'contrast.rose_oud',
    contrast: true,
  },
  { a: ['Aesop', 'Rōzu'], b: ['Creed', 'Royal Oud'], verdict: 'great', rule: 'contrast.rose_oud', contrast: true },
  // Risky: little connects them, or they compete.
  { a: ['Chanel', 'N°5'], b: ['Chanel', 'Coco Mademoiselle'], verdict: 'risky', rule: 'clash.two_complex' },
  { a: ['Davidoff', 'Cool Water'], b: ['Tom Ford', 'Lost Cherry'], verdict: 'risky', rule: 'caution.two_strong' },
  {
    a: ['Le Labo', 'Bergamote 22'],
    b: ['Maison Francis Kurkdjian', 'Grand Soir'],
    verdict: 'risky',
    rule: 'season.none_shared',
  },
  {
    a: ['Elizabeth Arden', 'Green Tea'],
    b: ['Kilian Paris', 'Black Phantom'],
    verdict: 'risky',
    rule: 'season.none_shared',
  },
  {
    a: ['Bvlgari', 'Aqva Pour Homme'],
    b: ['Serge Lutens', 'Ambre Sultan'],
    verdict: 'risky',
    rule: 'season.none_shared',
    contrast: true,
  },
  // Clashes: the same heavy material twice.
  { a: ['Tom Ford', 'Oud Wood'], b: ['Initio', 'Oud for Greatness'], verdict: 'clash', rule: 'clash.heavy_twice.oud' },
  { a: ['Le Labo', 'Rose 31'], b: ['Creed', 'Royal Oud'], verdict: 'clash', rule: 'clash.heavy_twice.oud' },
  {
    a: ['Frédéric Malle', 'Carnal Flower'],
    b: ['Gucci', 'Bloom'],
    verdict: 'clash',
    rule: 'clash.heavy_twice.tuberose',
  },
  { a: ['Chanel', 'Gabrielle'], b: ['Dior', "J'adore"], verdict: 'clash', rule: 'clash.heavy_twice.tuberose' },
  {
    a: ['Tom Ford', 'Black Orchid'],
    b: ['Van Cleef & Arpels', 'Moonlight Patchouli'],
    verdict: 'clash',
    rule: 'clash.heavy_twice.patchouli',
  },
  {
    a: ['Memo Paris', 'African Leather'],
    b: ['Tom Ford', 'Ombré Leather'],
    verdict: 'clash',
    rule: 'clash.heavy_twice.leather',
  },
  {
    a: ['Amouage', 'Interlude Man'],
    b: ["L'Artisan Parfumeur", "Passage d'Enfer"],
    verdict: 'clash',
    rule: 'clash.heavy_twice.incense',
  },
  // Clashes: stacked sugar.
  {
    a: ['Lancôme', 'La Vie Est Belle'],
    b: ['Yves Saint Laurent', 'Black Opium'],
    verdict: 'clash',
    rule: 'clash.sugar_overload',
  },
  { a: ['Prada', 'Candy'], b: ['Kilian Paris', "Angels' Share"], verdict: 'clash', rule: 'clash.sugar_overload' },
  { a: ['Mugler', 'Angel'], b: ['Viktor&Rolf', 'Flowerbomb'], verdict: 'clash', rule: 'clash.sugar_overload' },
  { a: ['Rabanne', '1 Million'], b: ['Versace', 'Eros'], verdict: 'clash', rule: 'clash.sugar_overload' },
  {
    a: ['Jean Paul Gaultier', 'Le Male'],
    b: ['Giorgio Armani', 'Stronger With You'],
    verdict: 'clash',
    rule: 'clash.sugar_overload',
    contrast: true,
  },
  { a: ['Parfums de Marly', 'Layton'], b: ['Xerjoff', 'Naxos'], verdict: 'clash', rule: 'clash.sugar_overload' },
  // Clashes: two loud perfumes, two very complex ones.
  { a: ['Dior', 'Sauvage'], b: ['Creed', 'Aventus'], verdict: 'clash', rule: 'clash.two_loud' },
  { a: ['Carolina Herrera', 'Good Girl'], b: ['Mugler', 'Alien'], verdict: 'clash', rule: 'clash.two_loud' },
  { a: ['Givenchy', 'Amarige'], b: ['Chanel', 'N°5'], verdict: 'clash', rule: 'clash.two_complex' },
];

const label = ({ a, b }: Expected) => `${a[1]} + ${b[1]}`;
const analyze = (a: Side, b: Side) => fixture.anonymous().pair.analyze({ a: fixture.id(...a), b: fixture.id(...b) });

describe('the verdicts the documented rules give to pairs of the shipped catalog', () => {
  it('covers at least 40 pairs, with every verdict and contrasts', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TABLE.map((entry) => entry.verdict))).toEqual(new Set(['great', 'good', 'risky', 'clash']));
    expect(TABLE.filter((entry) => entry.contrast).length).toBeGreaterThanOrEqual(5);
  });

  it.each(TABLE.map((entry) => [label(entry), entry] as const))('%s', async (_, entry) => {
    const pair = await analyze(entry.a, entry.b);
    expect(pair.verdict).toBe(entry.verdict);
    expect(pair.contrast).toBe(entry.contrast ?? false);
    expect(pair.reasons.map((reason) => reason.rule)).toContain(entry.rule);
    expect(pair.score).toBe(pair.ruleScore);
  });
});

function withoutOrder(pair: LayeringPair) {
  return {
    score: pair.score,
    verdict: pair.verdict,
    contrast: pair.contrast,
    reasons: pair.reasons,
    application: pair.application,
    when: pair.when,
    profile: pair.profile.map(({ key, blend }) => ({ key, blend })),
  };
}

describe('a pair in either order', () => {
  it.each(TABLE.slice(0, 12).map((entry) => [label(entry), entry] as const))(
    'gives the same analysis for %s',
    async (_, entry) => {
      const forth = await analyze(entry.a, entry.b);
      const back = await analyze(entry.b, entry.a);
      expect(withoutOrder(back)).toEqual(withoutOrder(forth));
      expect(back.a.id).toBe(forth.b.id);
      expect(back.profile.map(({ a, b }) => ({ a: b, b: a }))).toEqual(forth.profile.map(({ a, b }) => ({ a, b })));
    },
  );

  it('gives the same score and verdict for pairs across the whole catalog', async () => {
    const ids = fixture.names.map((row) => row.id);
    const anonymous = fixture.anonymous();
    let compared = 0;
    for (let step = 0; step < 60; step++) {
      const a = ids[(step * 37) % ids.length]!;
      const b = ids[(step * 101 + 7) % ids.length]!;
      const [forth, back] = await Promise.allSettled([
        anonymous.pair.analyze({ a, b }),
        anonymous.pair.analyze({ a: b, b: a }),
      ]);
      if (forth.status === 'rejected' || back.status === 'rejected') {
        expect(forth.status).toBe(back.status);
        continue;
      }
      expect([back.value.score, back.value.verdict]).toEqual([forth.value.score, forth.value.verdict]);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('a pair that is one perfume', () => {
  async function refusal(a: Side, b: Side) {
    try {
      await analyze(a, b);
    } catch (error) {
      return error as { code: string; messageKey: string; field: string; message: string };
    }
    throw new Error('the pair was analysed');
  }

  it('is refused when both ids are the same perfume', async () => {
    const error = await refusal(['Dior', 'Sauvage'], ['Dior', 'Sauvage']);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'layeringSamePerfume', field: 'b' });
  });

  it('is refused for a flanker, in either order', async () => {
    for (const [a, b] of [
      [
        ['Dior', 'Sauvage'],
        ['Dior', 'Sauvage Elixir'],
      ],
      [
        ['Dior', 'Sauvage Elixir'],
        ['Dior', 'Sauvage'],
      ],
      [
        ['Marc Jacobs', 'Daisy'],
        ['Marc Jacobs', 'Daisy Love'],
      ],
      [
        ['Gucci', 'Guilty Pour Homme'],
        ['Gucci', 'Guilty Pour Femme'],
      ],
    ] as [Side, Side][]) {
      const error = await refusal(a, b);
      expect(error).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'layeringFlanker', field: 'b' });
      expect(error.message).toContain(a[1]);
    }
  });

  it('is refused for another concentration of the same perfume', async () => {
    const error = await refusal(['Jean Paul Gaultier', 'Le Male'], ['Jean Paul Gaultier', 'Le Male Le Parfum']);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'layeringOtherConcentration', field: 'b' });
  });

  it('answers 404 for an id that names no perfume', async () => {
    await expect(
      fixture.anonymous().pair.analyze({ a: fixture.id('Dior', 'Sauvage'), b: 999_999 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'layeringPerfumeNotFound',
    });
  });
});

describe('how and when to wear a pair', () => {
  it('puts the heavier, longer-lasting base on first and keeps the sprays to three or four', async () => {
    const pair = await analyze(['Le Labo', 'Bergamote 22'], ['Le Labo', 'Santal 33']);
    expect(pair.application.firstId).toBe(fixture.id('Le Labo', 'Santal 33'));
    expect(pair.application.totalSprays).toBeGreaterThanOrEqual(3);
    expect(pair.application.totalSprays).toBeLessThanOrEqual(4);
    expect(pair.application.placement).toBe('same_spots');
    expect(pair.application.steps.every((step) => step.ko.length > 0 && step.en.length > 0)).toBe(true);
  });

  it('wears a contrast on separate spots', async () => {
    const pair = await analyze(['Acqua di Parma', 'Colonia'], ['Juliette Has a Gun', 'Vanilla Vibes']);
    expect(pair.application.placement).toBe('separate_spots');
    expect(pair.application.firstId).toBe(fixture.id('Juliette Has a Gun', 'Vanilla Vibes'));
  });

  it('tries a clash with one spray each', async () => {
    const pair = await analyze(['Tom Ford', 'Oud Wood'], ['Initio', 'Oud for Greatness']);
    expect(pair.application.sprays.map((entry) => entry.count)).toEqual([1, 1]);
  });

  it('wears the pair in the seasons both suit, and charts both profiles with the blend', async () => {
    const pair = await analyze(['Calvin Klein', 'CK One'], ['Chloé', 'Love Story']);
    expect(pair.when.seasons.map((season) => season.key)).toContain('spring');
    expect(pair.when.seasons.map((season) => season.key)).not.toContain('winter');
    const citrus = pair.profile.find((row) => row.key === 'citrus');
    expect(citrus?.a).toBe(100);
    expect(citrus?.blend).toBeGreaterThan(Math.min(citrus?.a ?? 0, citrus?.b ?? 0));
    expect(citrus?.blend).toBeLessThan(Math.max(citrus?.a ?? 0, citrus?.b ?? 0));
    expect(pair.profile.map((row) => row.blend)).toEqual(
      [...pair.profile.map((row) => row.blend)].sort((x, y) => y - x),
    );
  });
});
