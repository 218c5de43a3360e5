import { describe, expect, it } from 'vitest';
import { readChatCues } from '../../src/intent/chatCues';
import { LAST_ORDINAL } from '../../src/intent/chatWords';

describe('readChatCues: whom the perfume is for', () => {
  it.each([
    ['여자친구 선물로 향수 추천해줘', 'gift', 'girlfriend', 'feminine'],
    ['남친한테 줄 향수 찾고 있어', 'gift', 'boyfriend', 'masculine'],
    ['엄마 생일 선물 뭐가 좋을까', 'gift', 'mother', 'feminine'],
    ['아빠께 드릴 향수', 'gift', 'father', 'masculine'],
    ['이번엔 남자친구 선물', 'gift', 'boyfriend', 'masculine'],
    ['친구 선물', 'gift', 'friend', null],
    ['a gift for my girlfriend', 'gift', 'girlfriend', 'feminine'],
    ['something for my dad', 'gift', 'father', 'masculine'],
    ['I need a present for a colleague', 'gift', 'colleague', null],
  ])('reads "%s" as %s for %s', (text, recipient, relation, gender) => {
    const cues = readChatCues(text);
    expect(cues.recipient).toBe(recipient);
    expect(cues.relation).toBe(relation);
    expect(cues.relationGender).toBe(gender);
  });

  it.each(['제가 쓸 거예요', '나', '저요', '내 향수 추천해줘', '본인용이에요', 'for me', "It's for myself", 'me'])(
    'reads "%s" as for oneself',
    (text) => {
      expect(readChatCues(text)).toMatchObject({ recipient: 'self', relation: null });
    },
  );

  it('reads a gift over the words of the giver ("제가 남자친구한테")', () => {
    expect(readChatCues('제가 남자친구한테 선물하려고요').recipient).toBe('gift');
  });

  it.each(['여름 향수 추천해줘', 'woody perfume please', '딸기 향 나는 향수'])(
    'says nothing of whom in "%s"',
    (text) => {
      expect(readChatCues(text)).toMatchObject({ recipient: null, relation: null });
    },
  );
});

describe('readChatCues: how many', () => {
  it.each([
    ['향수 3개 추천해줘', 3],
    ['세 가지만 골라줘', 3],
    ['다섯 개 보여줘', 5],
    ['하나만 추천해줘', 1],
    ['10개 추천해줘', 10],
    ['recommend 2 perfumes', 2],
    ['give me five options', 5],
    ['top 3 please', 3],
    ['just one', 1],
    ['a couple of picks for summer', 2],
    ['Recommend two fresh citrus perfumes for me', 2],
    ['Give me 8 floral perfumes for my wife', 8],
  ])('reads "%s" as %i', (text, count) => {
    expect(readChatCues(text).count).toBe(count);
  });

  it.each([
    '샤넬 넘버 5 같은 향수',
    'something like Chanel No 5',
    '상탈 33 어때',
    '세련된 향수',
    '네 좋아요',
    '깔끔한 개성',
  ])('reads no count in "%s"', (text) => {
    expect(readChatCues(text).count).toBeNull();
  });
});

describe('readChatCues: ordinals', () => {
  it.each([
    ['두 번째 거 자세히 알려줘', [2]],
    ['두번째꺼 어때', [2]],
    ['첫 번째랑 세 번째 비교해줘', [1, 3]],
    ['2번 향수 노트 알려줘', [2]],
    ['마지막 거랑 비슷한 거', [LAST_ORDINAL]],
    ['tell me about the second one', [2]],
    ['compare the first and the third', [1, 3]],
    ['the last one sounds nice', [LAST_ORDINAL]],
  ])('reads "%s" as %j', (text, ordinals) => {
    expect(readChatCues(text).ordinals).toEqual(ordinals);
  });

  it.each([
    '몇 번 뿌려야 돼?',
    '2번 뿌리면 돼?',
    'which one goes on first?',
    'my first perfume',
    'first time buying perfume',
  ])('reads no ordinal in "%s"', (text) => {
    expect(readChatCues(text).ordinals).toEqual([]);
  });
});

describe('readChatCues: follow-ups and questions', () => {
  it.each([
    ['아무거나 추천해줘', 'anyPick'],
    ['상관없어요 알아서 골라줘', 'anyPick'],
    ['just pick something', 'anyPick'],
    ['surprise me', 'anyPick'],
    ['더 보여줘', 'more'],
    ['다른 거 없어?', 'more'],
    ['show me more', 'more'],
    ['다른 브랜드로 보여줘', 'otherBrand'],
    ['something from a different brand', 'otherBrand'],
    ['처음부터 다시 할게', 'freshStart'],
    ['start over', 'freshStart'],
    ['소바쥬 같은 거', 'similar'],
    ['그거랑 비슷한 거 추천해줘', 'similar'],
    ['something like Tam Dao', 'similar'],
    ['상탈33 어때?', 'detail'],
    ['tell me more about Santal 33', 'detail'],
    ['소바쥬랑 블루 드 샤넬 비교해줘', 'compare'],
    ['What is the difference between Sauvage and Aventus?', 'compare'],
    ['베티버가 뭐야?', 'whatIs'],
    ['what is vetiver', 'whatIs'],
    ['안녕하세요', 'greeting'],
    ['hello there', 'greeting'],
    ['고마워요', 'thanks'],
    ['thanks!', 'thanks'],
    ['그거 자세히', 'refersBack'],
    ['is that one good for winter', 'refersBack'],
  ] as const)('reads "%s" as %s', (text, cue) => {
    expect(readChatCues(text)[cue]).toBe(true);
  });

  it.each([
    ['이 향수 얼마예요?', ['price']],
    ['5만원대 선물 추천', ['price']],
    ['how much is Santal 33?', ['price']],
    ['어디서 살 수 있어?', ['shop']],
    ['where can I buy it', ['shop']],
    ['재고 있어요?', ['stock']],
    ['is it sold out', ['stock']],
    ['I want to buy a perfume for my girlfriend', []],
  ])('reads "%s" as asking what cannot be known: %j', (text, cannotKnow) => {
    expect(readChatCues(text).cannotKnow).toEqual(cannotKnow);
  });

  it.each([
    ['오늘 점심 뭐 먹지', false],
    ["what's the weather like", false],
    ['향수 추천해줘', true],
    ['recommend a scent', true],
  ])('tells perfume talk in "%s": %s', (text, perfumeTalk) => {
    expect(readChatCues(text).perfumeTalk).toBe(perfumeTalk);
  });
});
