import { compactKey, foldForMatch } from '../text/foldForMatch';

/** What a question about wearing perfumes together asks, beyond the perfumes it names. */
export interface LayeringQuestion {
  /** It is about layering at all ("섞으면", "같이 써도", "layer", "goes with"): the chat sends it to the layering service. */
  aboutLayering: boolean;
  /** It asks how to apply ("뭘 먼저 뿌려?", "몇 번 뿌려", "how do I apply", "which first"). */
  asksHowToApply: boolean;
}

/** Korean phrases, compared without spaces so that "뿌리는 순서" and "뿌리는순서" are one. Written by hand. */
const HOW_TO_KO = [
  '어떻게뿌',
  '어떻게뿌려',
  '어떻게바르',
  '어떻게써',
  '어떻게사용',
  '어떻게레이어링',
  '뿌리는법',
  '뿌리는방법',
  '뿌리는순서',
  '바르는법',
  '바르는순서',
  '순서',
  '먼저뿌',
  '뭘먼저',
  '뭐먼저',
  '뭐부터',
  '뭘부터',
  '어느걸먼저',
  '어떤걸먼저',
  '몇번',
  '몇방',
  '몇푸시',
  '어디에뿌',
  '어디뿌',
  '어디에발',
  '사용법',
  '레이어링방법',
  '레이어링하는법',
  '레이어링하는방법',
  '레이어링팁',
].map(compactKey);

/** English phrases on folded words. */
const HOW_TO_EN = [
  /\bhow (do|should|can|would) (i|you|we) (apply|spray|wear|layer|use)\b/,
  /\bhow to (apply|spray|wear|layer|use)\b/,
  /\bwhich (one )?(goes |should go )?(on )?first\b/,
  /\b(apply|spray|put on|goes on) first\b/,
  /\b(what|which) order\b/,
  /\bin (what|which) order\b/,
  /\bhow many (sprays|spritzes|pumps|times)\b/,
  /\bwhere (do|should|to) (i |you )?(spray|apply|put)\b/,
  /\blayering (tips|advice)\b/,
];

const ABOUT_LAYERING_KO = [
  '레이어링',
  '레이어드',
  '섞',
  '섞어',
  '같이써',
  '같이뿌',
  '같이쓰',
  '함께써',
  '함께뿌',
  '함께쓰',
  '겹쳐',
  '조합',
  '어울리',
  '어울려',
  '궁합',
  '위에뿌',
].map(compactKey);

const ABOUT_LAYERING_EN = [
  /\blay(er|ering|ered)\b/,
  /\b(combine|combining|mix|mixing|pair|pairing)\b/,
  /\bgoes? (well )?with\b/,
  /\b(wear|use) (it |them )?(together|with)\b/,
  /\btogether\b/,
];

/**
 * Reads what a question about layering asks, in Korean or English: whether it is about layering
 * at all, and whether it asks how to apply. The perfumes it names are found by `findPerfumeMentions`.
 */
export function readLayeringQuestion(text: string): LayeringQuestion {
  const compact = compactKey(text);
  const words = foldForMatch(text);
  const asksHowToApply =
    HOW_TO_KO.some((phrase) => compact.includes(phrase)) || HOW_TO_EN.some((pattern) => pattern.test(words));
  const aboutLayering =
    asksHowToApply ||
    ABOUT_LAYERING_KO.some((phrase) => compact.includes(phrase)) ||
    ABOUT_LAYERING_EN.some((pattern) => pattern.test(words));
  return { aboutLayering, asksHowToApply };
}
