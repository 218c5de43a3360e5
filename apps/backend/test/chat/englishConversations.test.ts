import { describe, expect, it } from 'vitest';
import { Conversation, expectPicksMeet, useChatFixture } from './chatFixture';

const fixture = useChatFixture();

const talk = () => new Conversation(fixture().member().caller);

describe('English conversations', () => {
  it('asks who it is for and what they like, in English, then recommends', async () => {
    const chat = talk();
    const first = await chat.say('Recommend a perfume');
    expect(first).toMatchObject({ kind: 'question', locale: 'en' });
    expect(first.text).toMatch(/Who is it for/);
    expect((await chat.say("It's for me")).kind).toBe('question');
    const picks = await chat.say('something fresh for the office');
    await expectPicksMeet(fixture(), picks, { accords: ['fresh'], occasion: 'business' });
    expect(picks.locale).toBe('en');
    expect(picks.text).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('a woody winter gift for a dad', async () => {
    const picks = await talk().say('A gift for my dad, something woody for winter');
    await expectPicksMeet(fixture(), picks, { gender: 'masculine', accords: ['woody'], season: 'winter' });
    expect(picks.understood).toMatchObject({ recipient: 'gift', relation: 'father' });
  });

  it('"just pick something" recommends straight away', async () => {
    const picks = await talk().say('just pick something for me');
    await expectPicksMeet(fixture(), picks, { count: 3 });
  });

  it('"something like Tam Dao" uses it as the reference', async () => {
    const tamDao = fixture().id('Diptyque', 'Tam Dao');
    const picks = await talk().say('Something like Tam Dao for myself');
    await expectPicksMeet(fixture(), picks, { notIds: [tamDao] });
    expect(picks.understood?.reference?.id).toBe(tamDao);
    expect(picks.cards[0]!.reasons[0]!.en).toContain('Tam Dao');
  });

  it('ordinals, comparison and "no Dior, show me more"', async () => {
    const chat = talk();
    const picks = await chat.say('Recommend two fresh citrus perfumes for me');
    await expectPicksMeet(fixture(), picks, { accords: ['fresh', 'citrus'], count: 2 });
    const second = await chat.say('Tell me about the second one');
    expect(second.kind).toBe('perfume');
    expect(second.cards[0]!.perfume.id).toBe(picks.cards[1]!.perfume.id);
    const compared = await chat.say('compare the first and the second');
    expect(compared.kind).toBe('comparison');
    const more = await chat.say('no Dior please, show me more');
    await expectPicksMeet(fixture(), more, { accords: ['fresh', 'citrus'], noBrands: ['Dior'] });
  });

  it('five picks at most', async () => {
    const picks = await talk().say('Give me 8 floral perfumes for my wife');
    await expectPicksMeet(fixture(), picks, { gender: 'feminine', accords: ['floral'], count: 5 });
    expect(picks.text).toMatch(/at most 5/);
  });

  it('an honest answer about price, with the perfume', async () => {
    const answer = await talk().say('How much is Santal 33?');
    expect(answer.kind).toBe('cannotKnow');
    expect(answer.text).toMatch(/[Pp]rice/);
    expect(answer.cards[0]!.perfume.id).toBe(fixture().id('Le Labo', 'Santal 33'));
  });

  it('what a note is', async () => {
    const answer = await talk().say('What is vetiver?');
    expect(answer.kind).toBe('note');
    expect(answer.text).toMatch(/[Vv]etiver/);
  });

  it('off-topic is redirected', async () => {
    const answer = await talk().say("What's the weather like today?");
    expect(answer.kind).toBe('offTopic');
    expect(answer.text).toMatch(/perfume/);
  });

  it('a layering question goes to the layering service', async () => {
    const answer = await talk().say('Can I layer Oud Wood with Sauvage?');
    expect(answer.kind).toBe('layering');
    expect(answer.text).toMatch(/\/100/);
  });

  it('start over with a new request', async () => {
    const chat = talk();
    await chat.say('a summer perfume for me, aquatic');
    const fresh = await chat.say('start over: a gift for my girlfriend, something sweet');
    await expectPicksMeet(fixture(), fresh, { gender: 'feminine', accords: ['sweet'] });
    expect(fresh.understood).toMatchObject({ season: null, relation: 'girlfriend' });
  });
});

describe('the member: mode, taste and wardrobe', () => {
  it('expert wording names the pyramid and strengths; beginner wording does not', async () => {
    const { caller } = fixture().member();
    const expert = await new Conversation(caller, { mode: 'expert' }).say('상탈 33 자세히 알려줘');
    expect(expert.mode).toBe('expert');
    expect(expert.text).toMatch(/피라미드|주요 어코드/);
    const beginner = await new Conversation(caller, { mode: 'beginner' }).say('상탈 33 자세히 알려줘');
    expect(beginner.text).not.toMatch(/피라미드|주요 어코드/);
    expect(beginner.text).toMatch(/처음엔/);
  });

  it('for themselves, the wardrobe taste nudges the order and the answer says so; owned and disliked perfumes are left out', async () => {
    const { caller } = fixture().member();
    const owned = fixture().id('Le Labo', 'Santal 33');
    const disliked = fixture().id('Tom Ford', 'Oud Wood');
    await caller.wardrobe.save({ perfumeId: owned, state: 'have', preference: 'good' });
    await caller.wardrobe.save({ perfumeId: fixture().id('Diptyque', 'Tam Dao'), state: 'had', preference: 'good' });
    await caller.wardrobe.save({ perfumeId: disliked, state: 'had', preference: 'bad' });
    const picks = await new Conversation(caller).say('제가 쓸 우디 향수 5개 추천해줘');
    await expectPicksMeet(fixture(), picks, { accords: ['woody'], notIds: [owned, disliked], count: 5 });
    expect(picks.usedTaste).toBe(true);
    expect(picks.text).toMatch(/향수옷장/);
  });

  it('for a gift, their own taste is not used, and the answer says so', async () => {
    const { caller } = fixture().member();
    await caller.wardrobe.save({ perfumeId: fixture().id('Le Labo', 'Santal 33'), state: 'have', preference: 'good' });
    const picks = await new Conversation(caller).say('여자친구 선물로 우디 향수 추천해줘');
    await expectPicksMeet(fixture(), picks, { gender: 'feminine', accords: ['woody'] });
    expect(picks.usedTaste).toBe(false);
    expect(picks.text).toMatch(/선물이라서/);
  });

  it('with the wardrobe switch off nothing personal is used', async () => {
    const { caller } = fixture().member();
    await caller.wardrobe.save({ perfumeId: fixture().id('Le Labo', 'Santal 33'), state: 'have', preference: 'good' });
    await caller.wardrobe.updateSettings({ useForRecommendations: false });
    const picks = await new Conversation(caller).say('제가 쓸 우디 향수 추천해줘');
    expect(picks.usedTaste).toBe(false);
    expect(picks.text).not.toMatch(/향수옷장/);
  });

  it('a card saves to the wardrobe as a wish from the chat', async () => {
    const { caller } = fixture().member();
    const picks = await new Conversation(caller).say('아무거나 하나만 추천해줘');
    const saved = await caller.wardrobe.save(picks.cards[0]!.save);
    expect(saved).toMatchObject({ state: 'wish', source: 'chat', perfume: { id: picks.cards[0]!.perfume.id } });
  });
});
