import { describe, expect, it } from 'vitest';
import { readLayeringQuestion } from '../src/intent/layeringQuestion';

describe('readLayeringQuestion', () => {
  it.each([
    '샤넬 넘버5랑 뭐 섞으면 좋아?',
    '바이레도 집시워터랑 블랑쉬 같이 써도 돼?',
    '소바쥬랑 상탈33 궁합 어때',
    'Can I layer Oud Wood with Sauvage?',
    'What goes with Tam Dao?',
    'Can I wear Blanche and Gypsy Water together?',
  ])('reads "%s" as a layering question that does not ask how to apply', (question) => {
    expect(readLayeringQuestion(question)).toEqual({ aboutLayering: true, asksHowToApply: false });
  });

  it.each([
    '소바쥬랑 오드우드 뭐 먼저 뿌려?',
    '레이어링 할 때 몇 번 뿌려야 돼?',
    '두 향수 뿌리는 순서 알려줘',
    '어디에 뿌리는 게 좋아?',
    '레이어링하는법 알려줘',
    'How do I apply Oud Wood and Sauvage?',
    'Which one goes on first?',
    'How many sprays of each?',
    'Where should I spray them?',
  ])('reads "%s" as asking how to apply', (question) => {
    expect(readLayeringQuestion(question)).toEqual({ aboutLayering: true, asksHowToApply: true });
  });

  it.each(['요즘 회사에 뿌릴 깨끗한 향수 추천해줘', 'What should I wear to the office?', '소바쥬 지속력 어때?'])(
    'does not read "%s" as a layering question',
    (question) => {
      expect(readLayeringQuestion(question)).toEqual({ aboutLayering: false, asksHowToApply: false });
    },
  );
});
