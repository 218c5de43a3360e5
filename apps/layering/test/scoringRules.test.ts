import { createIntentVocabulary } from '@scentence/domain/intent';
import { describe, expect, it } from 'vitest';
import { moodAlignment, readMood } from '../src/partners/moodSteering';
import { applicationOrder } from '../src/scoring/application';
import { communityOf, communityPoints } from '../src/scoring/communityRule';
import type { LayeringPerfume } from '../src/scoring/layeringPerfume';
import { sameLine } from '../src/scoring/sameLine';
import { ruleScoreOf, scoreByRules } from '../src/scoring/scorePair';
import { sweetnessOf } from '../src/scoring/sweetness';
import { verdictOf } from '../src/scoring/verdict';

let nextId = 1;
function perfume(fields: Partial<LayeringPerfume> & Pick<LayeringPerfume, 'accords'>): LayeringPerfume {
  return {
    id: nextId++,
    brand: 'Maison Test',
    brandKo: null,
    name: `Perfume ${nextId}`,
    nameKo: null,
    concentration: null,
    notes: [],
    seasons: {},
    occasions: {},
    longevity: 3,
    sillage: 2,
    ...fields,
  };
}

const named = (id: number, brand: string, name: string) => ({ id, brand, name });

describe('sameLine: one perfume, one in another concentration, or one line', () => {
  it.each([
    [named(1, 'Dior', 'Sauvage'), named(2, 'Dior', 'Sauvage Elixir'), 'flanker'],
    [named(1, 'Chanel', 'N°5'), named(2, 'CHANEL', "N°5 L'Eau"), 'flanker'],
    [named(1, 'Gucci', 'Guilty Pour Homme'), named(2, 'Gucci', 'Guilty Pour Femme'), 'flanker'],
    [named(1, 'Valentino', 'Born in Roma Donna'), named(2, 'Valentino', 'Born in Roma Uomo Intense'), 'flanker'],
    [named(1, 'Dior', 'Dior Homme'), named(2, 'Dior', 'Dior Homme Intense'), 'flanker'],
    [named(1, 'Narciso Rodriguez', 'For Her'), named(2, 'Narciso Rodriguez', 'For Her Pure Musc'), 'flanker'],
    [named(1, 'Tom Ford', 'Oud Wood'), named(2, '톰포드', 'Oud Wood Intense'), 'flanker'],
    [named(1, 'Dior', 'Sauvage Eau de Toilette'), named(2, 'Dior', 'Sauvage Eau de Parfum'), 'concentration'],
    [named(1, 'Jean Paul Gaultier', 'Le Male'), named(2, 'Jean Paul Gaultier', 'Le Male Le Parfum'), 'concentration'],
    [named(3, 'Dior', 'Sauvage'), named(3, 'Dior', 'Sauvage'), 'same'],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(sameLine(a, b)).toBe(expected);
    expect(sameLine(b, a)).toBe(expected);
  });

  it.each([
    [named(1, 'Dior', 'Sauvage'), named(2, 'Maison Ordinaire', 'Sauvage')],
    [named(1, 'Bvlgari', 'Pour Homme'), named(2, 'Bvlgari', 'Aqva Pour Homme')],
    [named(1, 'Cartier', 'Eau de Cartier'), named(2, 'Cartier', 'Pasha de Cartier')],
    [named(1, 'Hugo Boss', 'Boss Bottled'), named(2, 'Hugo Boss', 'Boss The Scent')],
    [named(1, 'Maison Margiela', 'Replica Jazz Club'), named(2, 'Maison Margiela', 'Replica Beach Walk')],
    [named(1, 'Chanel', 'N°5'), named(2, 'Chanel', 'N°19')],
    [named(1, 'Le Labo', 'Santal 33'), named(2, 'Le Labo', 'Rose 31')],
  ])('%o and %o are two perfumes', (a, b) => {
    expect(sameLine(a, b)).toBeNull();
    expect(sameLine(b, a)).toBeNull();
  });
});

describe('the rules on made-up perfumes', () => {
  it('give a pair the same score in either order', () => {
    const citrus = perfume({ accords: { citrus: 100, fresh: 60 }, sillage: 3 });
    const amber = perfume({ accords: { amber: 100, vanilla: 70 }, sillage: 3 });
    expect(ruleScoreOf(citrus, amber)).toBe(ruleScoreOf(amber, citrus));
    expect(scoreByRules(citrus, amber)).toEqual(scoreByRules(amber, citrus));
  });

  it('read sweetness from the strongest sugary accord, more when two are stacked', () => {
    expect(sweetnessOf(perfume({ accords: { woody: 100 } }))).toBe(0);
    expect(sweetnessOf(perfume({ accords: { vanilla: 60 } }))).toBe(60);
    expect(sweetnessOf(perfume({ accords: { vanilla: 60, gourmand: 50 } }))).toBe(75);
  });

  it('make two loud perfumes clash, and two strong ones only a caution', () => {
    const loud = () => perfume({ accords: { woody: 100 }, sillage: 4 });
    const strong = () => perfume({ accords: { citrus: 100 }, sillage: 3 });
    expect(scoreByRules(loud(), loud()).reasons.map((reason) => reason.rule)).toContain('clash.two_loud');
    expect(verdictOf(ruleScoreOf(loud(), loud()))).toBe('clash');
    const pair = scoreByRules(strong(), perfume({ accords: { floral: 100 }, sillage: 3 }));
    expect(pair.reasons.map((reason) => reason.rule)).toContain('caution.two_strong');
    expect(pair.reasons.map((reason) => reason.rule)).not.toContain('clash.two_loud');
  });

  it('say why when nothing connects two perfumes', () => {
    const pair = scoreByRules(perfume({ accords: { aquatic: 100 } }), perfume({ accords: { leathery: 100 } }));
    expect(pair.reasons.map((reason) => reason.rule)).toContain('caution.nothing_connects');
    expect(verdictOf(pair.score)).toBe('risky');
  });
});

describe('the application order', () => {
  it('puts the longer-lasting, base-heavy perfume first', () => {
    const cologne = perfume({ accords: { citrus: 100, aromatic: 60 }, longevity: 2, sillage: 2 });
    const amber = perfume({ accords: { amber: 100, vanilla: 70, resinous: 50 }, longevity: 5, sillage: 3 });
    expect(applicationOrder(cologne, amber)[0]).toBe(amber);
    expect(applicationOrder(amber, cologne)[0]).toBe(amber);
  });
});

describe('the community rule', () => {
  it('counts votes from ten on, up to 15 points at thirty', () => {
    expect(communityPoints({ up: 9, down: 0 })).toBe(0);
    expect(communityPoints({ up: 10, down: 0 })).toBe(5);
    expect(communityPoints({ up: 30, down: 0 })).toBe(15);
    expect(communityPoints({ up: 0, down: 40 })).toBe(-15);
    expect(communityPoints({ up: 15, down: 15 })).toBe(0);
    expect(communityOf({ up: 9, down: 0 }, 'up')).toEqual({ up: 9, down: 0, counted: false, points: 0, myVote: 'up' });
  });
});

describe('mood words', () => {
  const vocabulary = createIntentVocabulary();

  it.each([
    ['시원하게', 'aquatic', 1],
    ['더 포근하게', 'musky', 1.5],
    ['조금 따뜻하게', 'amber', 0.5],
    ['warmer', 'amber', 1.5],
    ['fresher', 'fresh', 1.5],
    ['sweeter', 'sweet', 1.5],
  ])('"%s" steers towards %s with pull %d', (words, accord, pull) => {
    const steer = readMood(words, 2, vocabulary);
    expect(steer?.mood.accords[0]).toEqual({ key: accord, weight: 1 });
    expect(steer?.pull).toBe(pull);
  });

  it('"달지 않게" steers away from sweetness', () => {
    const steer = readMood('달지 않게', 2, vocabulary);
    expect(steer?.mood.understood).toMatchObject([{ kind: 'accord', key: 'sweet', negated: true }]);
    expect(moodAlignment(steer!, { sweet: 90, gourmand: 50 })).toBeLessThan(0);
    expect(moodAlignment(steer!, { citrus: 100 })).toBe(0);
  });

  it('scales the pull with the intensity asked for', () => {
    expect(readMood('시원하게', 1, vocabulary)?.pull).toBe(0.5);
    expect(readMood('시원하게', 3, vocabulary)?.pull).toBe(1.5);
  });

  it('understands nothing in words that are no mood', () => {
    expect(readMood('그냥 추천해줘', 2, vocabulary)).toBeNull();
    expect(readMood(undefined, 2, vocabulary)).toBeNull();
  });
});
