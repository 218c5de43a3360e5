import { describe, expect, it } from 'vitest';
import { Conversation, expectPicksMeet, useChatFixture } from './chatFixture';

const fixture = useChatFixture();
const COZY = ['musky', 'powdery', 'vanilla', 'creamy', 'amber'] as const;
const COOL = ['aquatic', 'fresh', 'citrus'] as const;

const talk = () => new Conversation(fixture().member().caller);

describe('Korean conversations: questions before recommending', () => {
  it('asks whom it is for, then what they like, then recommends with what was said', async () => {
    const chat = talk();
    const first = await chat.say('향수 추천해줘');
    expect(first.kind).toBe('question');
    expect(first.text).toMatch(/누가|선물/);
    expect(first.cards).toEqual([]);
    const second = await chat.say('제가 쓸 거예요');
    expect(second.kind).toBe('question');
    expect(second.text).toMatch(/느낌|분위기/);
    const picks = await chat.say('시원하고 깨끗한 여름 향수');
    await expectPicksMeet(fixture(), picks, { season: 'summer', anyAccord: [...COOL], count: 3 });
    expect(picks.understood).toMatchObject({ recipient: 'self', season: 'summer' });
    expect(picks.understood?.moods.map((mood) => mood.key)).toEqual(['cool', 'clean']);
  });

  it('recommends at once when whom and what are both said', async () => {
    const chat = talk();
    const picks = await chat.say('여자친구 선물로 포근한 향수 추천해줘');
    await expectPicksMeet(fixture(), picks, { gender: 'feminine', anyAccord: [...COZY], count: 3 });
    expect(picks.understood).toMatchObject({ recipient: 'gift', relation: 'girlfriend', gender: 'feminine' });
  });

  it('never asks a third question: an unreadable reply counts as no preference', async () => {
    const chat = talk();
    expect((await chat.say('향수 하나 찾고 있어요')).kind).toBe('question');
    expect((await chat.say('음…')).kind).toBe('question');
    const picks = await chat.say('글쎄요');
    expect(picks.kind).toBe('recommendation');
    expect(chat.answers.filter((answer) => answer.kind === 'question')).toHaveLength(2);
  });

  it('never asks again for what it was told', async () => {
    const chat = talk();
    await chat.say('남자친구 선물할 향수');
    const picks = await chat.say('여름에 쓸 시원한 거');
    await expectPicksMeet(fixture(), picks, { gender: 'masculine', season: 'summer', anyAccord: [...COOL] });
    expect(chat.answers.filter((answer) => answer.kind === 'question')).toHaveLength(1);
    expect(chat.answers[0]!.text).not.toMatch(/누가 쓰실/);
  });

  it('"아무거나" recommends with sensible defaults without asking', async () => {
    const chat = talk();
    const picks = await chat.say('아무거나 추천해줘');
    await expectPicksMeet(fixture(), picks, { count: 3 });
  });

  it('recommends as many as asked, at most two per house', async () => {
    const chat = talk();
    const picks = await chat.say('우디 향수 5개 추천해줘, 제가 쓸 거예요');
    await expectPicksMeet(fixture(), picks, { accords: ['woody'], count: 5 });
  });

  it('says the limit when more than five are asked for, and gives five', async () => {
    const chat = talk();
    const picks = await chat.say('시트러스 향수 10개 추천해줘 내가 쓸 거');
    await expectPicksMeet(fixture(), picks, { accords: ['citrus'], count: 5 });
    expect(picks.text).toMatch(/최대 5개/);
  });
});

describe('Korean conversations: constraints from the catalog', () => {
  it('a boyfriend gift for summer without Dior', async () => {
    const chat = talk();
    const picks = await chat.say('남자친구 여름 선물 추천해줘, 디올 말고');
    await expectPicksMeet(fixture(), picks, { gender: 'masculine', season: 'summer', noBrands: ['Dior'] });
    expect(picks.understood?.excludeBrands.map((brand) => brand.name)).toEqual(['Dior']);
  });

  it('notes asked for are in every pick, or the answer says it relaxed them', async () => {
    const chat = talk();
    const picks = await chat.say('장미랑 바닐라 들어간 향수 추천해줘, 선물용이야');
    await expectPicksMeet(fixture(), picks, { notes: ['rose', 'vanilla'] });
  });

  it('an accord turned away is never in a pick', async () => {
    const chat = talk();
    const picks = await chat.say('제가 쓸 가을 향수, 우디 말고');
    await expectPicksMeet(fixture(), picks, { season: 'fall', noAccords: ['woody'] });
  });

  it('a house asked for: every pick is from it, more than two allowed', async () => {
    const chat = talk();
    const picks = await chat.say('르라보 향수 3개 추천해줘 제가 쓸 거예요');
    await expectPicksMeet(fixture(), picks, { brands: ['Le Labo'], count: 3 });
  });

  it('a unisex gift for a couple: a lean alone is no preference yet, so it asks once', async () => {
    const chat = talk();
    const question = await chat.say('커플 선물로 남녀공용 향수 추천해줘');
    expect(question.kind).toBe('question');
    const picks = await chat.say('아무거나 괜찮아');
    await expectPicksMeet(fixture(), picks, { gender: 'unisex' });
  });

  it('an office scent for oneself', async () => {
    const chat = talk();
    const picks = await chat.say('회사에서 쓸 깔끔한 향수 추천, 제가 쓸 거');
    await expectPicksMeet(fixture(), picks, { occasion: 'business' });
  });

  it('when nothing meets every condition it says which one it relaxed', async () => {
    const chat = talk();
    const picks = await chat.say('제가 쓸 겨울 운동용 아쿠아틱 레더 향수');
    expect(picks.kind).toBe('recommendation');
    expect(picks.relaxed.length).toBeGreaterThan(0);
    expect(picks.text).toMatch(/느슨하게/);
    await expectPicksMeet(fixture(), picks, { season: 'winter', occasion: 'sport', accords: ['aquatic', 'leathery'] });
  });
});

describe('Korean conversations: follow-ups', () => {
  it('"더 보여줘" shows new perfumes, never one already recommended', async () => {
    const chat = talk();
    await expectPicksMeet(fixture(), await chat.say('여름에 쓸 시트러스 향수, 제가 쓸 거예요'), {
      season: 'summer',
      accords: ['citrus'],
    });
    const more = await chat.say('더 보여줘');
    await expectPicksMeet(fixture(), more, { season: 'summer', accords: ['citrus'] });
    expect(more.text).toMatch(/더/);
    await chat.say('더 보여줘');
    expect(new Set(chat.recommended).size).toBe(chat.recommended.length);
  });

  it('"다른 브랜드로" leaves out the houses just shown', async () => {
    const chat = talk();
    const first = await chat.say('포근한 겨울 향수 추천해줘, 내가 쓸 거');
    const houses = first.cards.map((card) => card.perfume.brand);
    const other = await chat.say('다른 브랜드로 보여줘');
    await expectPicksMeet(fixture(), other, { season: 'winter', anyAccord: [...COZY], noBrands: houses });
  });

  it('"덜 달게" keeps the request and leaves sweet perfumes out', async () => {
    const chat = talk();
    await chat.say('포근하고 달콤한 겨울 향수, 제가 쓸 거예요');
    const lessSweet = await chat.say('덜 달게');
    await expectPicksMeet(fixture(), lessSweet, { season: 'winter', noAccords: ['sweet'] });
    expect(lessSweet.understood?.excludeAccords).toContain('sweet');
  });

  it('"두 번째 거 자세히" tells about the second pick from the catalog', async () => {
    const chat = talk();
    const picks = await chat.say('시원한 여름 향수 추천해줘 제가 쓸 거');
    const second = picks.cards[1]!.perfume;
    const detail = await chat.say('두 번째 거 자세히 알려줘');
    expect(detail.kind).toBe('perfume');
    expect(detail.cards.map((card) => card.perfume.id)).toEqual([second.id]);
    expect(detail.text).toContain(second.nameKo ?? second.name);
    const page = await fixture().detail(second.id);
    const someNote = page.notes[0];
    if (someNote) expect(detail.text).toContain(someNote.nameKo ?? someNote.name);
  });

  it('"첫 번째랑 세 번째 비교해줘" compares the first and third picks', async () => {
    const chat = talk();
    const picks = await chat.say('데일리로 쓸 무난한 향수 추천해줘 제가 쓸 거예요');
    const compared = await chat.say('첫 번째랑 세 번째 비교해줘');
    expect(compared.kind).toBe('comparison');
    expect(compared.cards.map((card) => card.perfume.id)).toEqual([
      picks.cards[0]!.perfume.id,
      picks.cards[2]!.perfume.id,
    ]);
  });

  it('an ordinal past the picks shown is answered honestly', async () => {
    const chat = talk();
    await chat.say('우디 향수 추천해줘 제가 쓸 거');
    const missing = await chat.say('다섯 번째 거 알려줘');
    expect(missing.kind).toBe('notFound');
    expect(missing.text).toMatch(/3개/);
  });

  it('"그거랑 비슷한 거" recommends perfumes like the one talked about, not that one', async () => {
    const chat = talk();
    await chat.say('플로럴 향수 추천해줘 제가 쓸 거예요');
    const detail = await chat.say('첫 번째 거 자세히');
    const focus = detail.cards[0]!.perfume;
    const similar = await chat.say('그거랑 비슷한 거 추천해줘');
    expect(similar.kind).toBe('recommendation');
    expect(similar.understood?.reference?.id).toBe(focus.id);
    expect(similar.cards.map((card) => card.perfume.id)).not.toContain(focus.id);
    expect(similar.cards[0]!.reasons[0]!.ko).toContain(focus.nameKo ?? focus.name);
  });

  it('"처음부터 다시, 이번엔 엄마 선물" starts a new request and still repeats nothing', async () => {
    const chat = talk();
    await chat.say('제가 쓸 여름 아쿠아틱 향수');
    const fresh = await chat.say('처음부터 다시, 이번엔 엄마 선물로 플로럴 향수');
    await expectPicksMeet(fixture(), fresh, { gender: 'feminine', accords: ['floral'] });
    expect(fresh.understood).toMatchObject({ relation: 'mother', season: null, recipient: 'gift' });
    expect(fresh.understood?.accords).toEqual(['floral']);
  });
});

describe('Korean conversations: questions and honesty', () => {
  it('"소바쥬 같은 거" uses Sauvage as the reference and never recommends it', async () => {
    const chat = talk();
    const sauvage = fixture().id('Dior', 'Sauvage');
    const picks = await chat.say('소바쥬 같은 거 추천해줘, 제가 쓸 거예요');
    await expectPicksMeet(fixture(), picks, { notIds: [sauvage] });
    expect(picks.understood?.reference?.id).toBe(sauvage);
    expect(picks.cards[0]!.reasons[0]!.ko).toContain('소바쥬');
  });

  it('a question about a perfume is answered from its page', async () => {
    const chat = talk();
    const answer = await chat.say('상탈 33 어때?');
    expect(answer.kind).toBe('perfume');
    const santal = fixture().id('Le Labo', 'Santal 33');
    expect(answer.cards.map((card) => card.perfume.id)).toEqual([santal]);
    const page = await fixture().detail(santal);
    expect(answer.text).toContain(page.notes.find((note) => note.position === 'base')!.nameKo!);
  });

  it('a question about a note lists perfumes that carry it', async () => {
    const chat = talk();
    const answer = await chat.say('베티버가 뭐야?');
    expect(answer.kind).toBe('note');
    expect(answer.cards.length).toBeGreaterThan(0);
    for (const card of answer.cards) {
      expect((await fixture().detail(card.perfume.id)).notes.map((note) => note.slug)).toContain('vetiver');
    }
  });

  it('a question about an accord lists perfumes where it is strong', async () => {
    const chat = talk();
    const answer = await chat.say('시프레가 뭐야?');
    expect(answer.kind).toBe('accord');
    for (const card of answer.cards) {
      const accords = (await fixture().detail(card.perfume.id)).accords;
      expect(accords.find((accord) => accord.key === 'chypre')?.strength ?? 0).toBeGreaterThanOrEqual(30);
    }
  });

  it('compares two perfumes by name from their data', async () => {
    const chat = talk();
    const answer = await chat.say('소바쥬랑 블루 드 샤넬 비교해줘');
    expect(answer.kind).toBe('comparison');
    expect(answer.cards.map((card) => card.perfume.id)).toEqual([
      fixture().id('Dior', 'Sauvage'),
      fixture().id('Chanel', 'Bleu de Chanel'),
    ]);
  });

  it('a layering question is answered by the layering service', async () => {
    const chat = talk();
    const answer = await chat.say('소바쥬랑 상탈33 레이어링 어때?');
    expect(answer.kind).toBe('layering');
    expect(answer.text).toMatch(/\d+점/);
    expect(answer.cards.map((card) => card.perfume.id)).toEqual([
      fixture().id('Dior', 'Sauvage'),
      fixture().id('Le Labo', 'Santal 33'),
    ]);
  });

  it('layering partners for a pick are catalog perfumes with cards', async () => {
    const chat = talk();
    const picks = await chat.say('우디 향수 추천해줘 제가 쓸 거예요');
    const answer = await chat.say('첫 번째 거랑 레이어링하기 좋은 향수는?');
    expect(answer.kind).toBe('layering');
    expect(answer.cards[0]!.perfume.id).toBe(picks.cards[0]!.perfume.id);
    for (const card of answer.cards) await fixture().detail(card.perfume.id);
  });

  it('price is something it cannot know, and it says so', async () => {
    const chat = talk();
    const answer = await chat.say('샤넬 넘버5 얼마예요?');
    expect(answer.kind).toBe('cannotKnow');
    expect(answer.text).toMatch(/가격/);
    expect(answer.cards.map((card) => card.perfume.name)).toEqual(['N°5']);
  });

  it('where to buy is something it cannot know', async () => {
    const chat = talk();
    const answer = await chat.say('어디서 살 수 있어요?');
    expect(answer.kind).toBe('cannotKnow');
    expect(answer.text).toMatch(/매장|온라인몰/);
  });

  it('a budget in a request is said to be unknown, and the rest goes on', async () => {
    const chat = talk();
    const answer = await chat.say('5만원대 여자친구 선물 향수 추천');
    expect(answer.text).toMatch(/가격/);
    expect(answer.kind).toBe('question');
  });

  it('an off-topic message gets a short polite redirect', async () => {
    const chat = talk();
    const answer = await chat.say('오늘 점심 뭐 먹지?');
    expect(answer.kind).toBe('offTopic');
    expect(answer.cards).toEqual([]);
    expect(answer.text).toMatch(/향수/);
  });

  it('a greeting is answered with what the chat does', async () => {
    const answer = await talk().say('안녕하세요');
    expect(answer.kind).toBe('greeting');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('a name that fits two perfumes asks which one', async () => {
    const answer = await talk().say('화이트 티 어때?');
    expect(answer.kind).toBe('question');
    expect(answer.cards.map((card) => card.perfume.brand).sort()).toEqual(['Elizabeth Arden', 'Shiro']);
  });
});
