import type { LayeringAnswer } from '@scentence/api/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLayeringFixture, type LayeringFixture } from './support/layeringFixture';

let fixture: LayeringFixture;

beforeAll(async () => {
  fixture = await createLayeringFixture();
}, 120_000);
afterAll(() => fixture?.close());

const ask = (q: string, locale?: 'ko' | 'en') => fixture.anonymous().ask.answer({ q, locale });

function expectKind<K extends LayeringAnswer['kind']>(answer: LayeringAnswer, kind: K) {
  expect(answer.kind).toBe(kind);
  return answer as Extract<LayeringAnswer, { kind: K }>;
}

const HANGUL = /\p{Script=Hangul}/u;

describe('questions that name two perfumes get the pair analysis', () => {
  it.each([
    ['바이레도 집시워터랑 블랑쉬 같이 써도 돼?', ['Byredo', 'Gypsy Water'], ['Byredo', 'Blanche']],
    ['바이래도 집시워타랑 블랑쉬 같이 써도 돼?', ['Byredo', 'Gypsy Water'], ['Byredo', 'Blanche']],
    ['쏘바쥬랑 상탈33 같이 뿌려도 돼?', ['Dior', 'Sauvage'], ['Le Labo', 'Santal 33']],
    ['르라보상탈33 위에 블랙오피움 뿌려도 될까?', ['Le Labo', 'Santal 33'], ['Yves Saint Laurent', 'Black Opium']],
    ['coco mademoiselle 이랑 넘버5', ['Chanel', 'Coco Mademoiselle'], ['Chanel', 'N°5']],
  ])('%s', async (question, a, b) => {
    const answer = expectKind(await ask(question), 'pair');
    expect([answer.pair.a.id, answer.pair.b.id]).toEqual([fixture.id(a[0]!, a[1]!), fixture.id(b[0]!, b[1]!)]);
    expect(answer.locale).toBe('ko');
    expect(answer.text).toMatch(HANGUL);
    expect(answer.text).toContain(`${answer.pair.score}점`);
  });

  it.each([
    ['Can I layer Oud Wood with Sauvage?', ['Tom Ford', 'Oud Wood'], ['Dior', 'Sauvage']],
    ['Can I layer santal33 with bergamote 22?', ['Le Labo', 'Santal 33'], ['Le Labo', 'Bergamote 22']],
  ])('%s', async (question, a, b) => {
    const answer = expectKind(await ask(question), 'pair');
    expect([answer.pair.a.id, answer.pair.b.id]).toEqual([fixture.id(a[0]!, a[1]!), fixture.id(b[0]!, b[1]!)]);
    expect(answer.locale).toBe('en');
    expect(answer.text).not.toMatch(HANGUL);
    expect(answer.text).toContain(`${answer.pair.score}/100`);
  });

  it('answers in the language asked for', async () => {
    const answer = expectKind(await ask('바이레도 집시워터랑 블랑쉬 같이 써도 돼?', 'en'), 'pair');
    expect(answer.locale).toBe('en');
    expect(answer.text).toContain('Gypsy Water');
    expect(answer.text).not.toMatch(HANGUL);
  });

  it('refuses a perfume with its own flanker', async () => {
    const answer = expectKind(await ask('소바쥬랑 소바쥬 엘릭서 섞어도 돼?'), 'refused');
    expect(answer.reason).toBe('flanker');
    expect([answer.a.id, answer.b.id]).toEqual([fixture.id('Dior', 'Sauvage'), fixture.id('Dior', 'Sauvage Elixir')]);
    expect(answer.text).toContain('플랭커');
  });
});

describe('questions that name one perfume get its partners', () => {
  it('샤넬 넘버5랑 뭐 섞으면 좋아?', async () => {
    const answer = expectKind(await ask('샤넬 넘버5랑 뭐 섞으면 좋아?'), 'partners');
    expect(answer.partners.perfume.id).toBe(fixture.id('Chanel', 'N°5'));
    expect(answer.partners.items.length).toBeGreaterThan(0);
    expect(answer.partners.mood).toBeNull();
    expect(answer.text).toContain(answer.partners.items[0]!.perfume.nameKo ?? answer.partners.items[0]!.perfume.name);
  });

  it('CK One 쓰는데 더 상쾌하게 만들고 싶어', async () => {
    const answer = expectKind(await ask('CK One 쓰는데 더 상쾌하게 만들고 싶어'), 'partners');
    expect(answer.partners.perfume.id).toBe(fixture.id('Calvin Klein', 'CK One'));
    expect(answer.partners.mood?.understood).toMatchObject([{ kind: 'mood', key: 'refreshing', negated: false }]);
    expect(answer.text).toContain('상쾌한 쪽으로');
  });

  it.each([
    ['르 라보 상탈 33이랑 뭐가 어울려?', ['Le Labo', 'Santal 33']],
    ['딥디크 탐다오랑 뭐 섞어', ['Diptyque', 'Tam Dao']],
    ['What goes with Tam Dao?', ['Diptyque', 'Tam Dao']],
  ])('%s', async (question, [brand, name]) => {
    const answer = expectKind(await ask(question), 'partners');
    expect(answer.partners.perfume.id).toBe(fixture.id(brand!, name!));
  });

  it('steers by the mood words of the question, negated or comparative', async () => {
    const notSweet = expectKind(await ask('톰포드 오드우드에 어울리는 향수 추천해줘. 달지 않게'), 'partners');
    expect(notSweet.partners.mood?.understood).toMatchObject([{ key: 'sweet', negated: true }]);
    expect(notSweet.text).toContain('없이');
    const warmer = expectKind(await ask('What goes with Tam Dao, but warmer?'), 'partners');
    expect(warmer.partners.mood?.understood).toMatchObject([{ kind: 'mood', key: 'warm' }]);
    expect(warmer.text).toContain('leaning warm');
  });
});

describe('names the question does not settle get a question back', () => {
  it('offers the candidates of a misspelt name and keeps the name it is sure of', async () => {
    const answer = expectKind(await ask('savage and santal 33'), 'clarify');
    expect(answer.intent).toBe('pair');
    const [savage, santal] = answer.mentions;
    expect(savage?.perfume).toBeNull();
    expect(savage?.candidates.map((candidate) => candidate.id)).toContain(fixture.id('Dior', 'Sauvage'));
    expect(savage?.candidates.length).toBeLessThanOrEqual(5);
    expect(santal?.perfume?.id).toBe(fixture.id('Le Labo', 'Santal 33'));
    expect(answer.text).toContain("'savage'");
  });

  it('asks which perfume of a house is meant', async () => {
    const answer = expectKind(await ask('르라보 향수랑 뭐 섞어?'), 'clarify');
    expect(answer.intent).toBe('partners');
    expect(answer.mentions).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(5);
    expect(answer.suggestions.every((perfume) => perfume.brand === 'Le Labo')).toBe(true);
  });

  it('keeps the mood words for the partners once a perfume is picked', async () => {
    const answer = expectKind(await ask('집시 워타 더 시원하게'), 'clarify');
    expect(answer.mentions[0]?.candidates.map((candidate) => candidate.id)).toContain(
      fixture.id('Byredo', 'Gypsy Water'),
    );
    expect(answer.mood).toContain('시원하게');
  });

  it('helps when no perfume is named', async () => {
    const answer = expectKind(await ask('레이어링이 뭐야?'), 'help');
    expect(answer.examples.length).toBeGreaterThan(0);
    expect(answer.examples.every((example) => HANGUL.test(example))).toBe(true);
  });
});

describe('questions on how to apply get the application advice', () => {
  it('for a pair: which first, how many sprays, where', async () => {
    const answer = expectKind(await ask('소바쥬랑 오드우드 뭐 먼저 뿌려?'), 'howTo');
    expect(answer.pair?.application.firstId).toBe(fixture.id('Tom Ford', 'Oud Wood'));
    expect(answer.text).toContain('오드 우드');
    expect(answer.tips.length).toBeGreaterThan(0);
  });

  it('in English', async () => {
    const answer = expectKind(await ask('How do I apply Blanche and Gypsy Water?'), 'howTo');
    expect(answer.pair?.application.totalSprays).toBeLessThanOrEqual(4);
    expect(answer.text).toMatch(/Spray .+ \d×/);
  });

  it('in general, when no pair is named', async () => {
    const answer = expectKind(await ask('레이어링 할 때 몇 번 뿌려야 돼?'), 'howTo');
    expect(answer.pair).toBeNull();
    expect(answer.tips.every((tip) => tip.ko.length > 0 && tip.en.length > 0)).toBe(true);
  });
});

describe('the question itself', () => {
  it('is refused when blank or too long, naming the field', async () => {
    await expect(ask('   ')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(ask('가'.repeat(301))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
