import { describe, expect, it } from 'vitest';
import { type ClarifyAnswer, clarifiedRequest, NO_PICKS } from '../../src/layering/clarifyChoice';

const choice = (id: number, name: string) => ({
  id,
  brand: 'House',
  brandKo: null,
  name,
  nameKo: null,
  concentration: null,
});

function clarify(overrides: Partial<ClarifyAnswer>): ClarifyAnswer {
  return {
    kind: 'clarify',
    locale: 'ko',
    text: '',
    intent: 'pair',
    mentions: [],
    suggestions: [],
    mood: null,
    ...overrides,
  };
}

describe('a question made whole by the candidates the reader picks', () => {
  const savageAndSantal = clarify({
    mentions: [
      { text: 'savage', perfume: null, candidates: [choice(7, 'Sauvage'), choice(8, 'Savage Water')] },
      { text: 'santal 33', perfume: choice(130, 'Santal 33'), candidates: [] },
    ],
  });

  it('waits until every unsettled name has its pick, then gives the pair in the order named', () => {
    expect(clarifiedRequest(savageAndSantal, NO_PICKS)).toBeNull();
    expect(clarifiedRequest(savageAndSantal, { mentions: { 0: 7 }, suggestion: null })).toEqual({
      selection: { a: 7, b: 130 },
      mood: null,
    });
  });

  it("gives one perfume's partners with the question's mood words", () => {
    const answer = clarify({
      intent: 'partners',
      mood: '더 시원하게',
      mentions: [{ text: '집시 워타', perfume: null, candidates: [choice(135, 'Gypsy Water')] }],
    });
    expect(clarifiedRequest(answer, { mentions: { 0: 135 }, suggestion: null })).toEqual({
      selection: { a: 135, b: null },
      mood: '더 시원하게',
    });
  });

  it('takes a suggestion for a name that was not recognised', () => {
    const house = clarify({ intent: 'partners', suggestions: [choice(130, 'Santal 33'), choice(134, 'Bergamote 22')] });
    expect(clarifiedRequest(house, NO_PICKS)).toBeNull();
    expect(clarifiedRequest(house, { mentions: {}, suggestion: 134 })?.selection).toEqual({ a: 134, b: null });
    const oneKnown = clarify({
      mentions: [{ text: 'santal 33', perfume: choice(130, 'Santal 33'), candidates: [] }],
      suggestions: [choice(135, 'Gypsy Water')],
    });
    expect(clarifiedRequest(oneKnown, { mentions: {}, suggestion: 135 })?.selection).toEqual({ a: 130, b: 135 });
  });
});
