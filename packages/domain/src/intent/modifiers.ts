import { compactKey } from '../text/foldForMatch';
import type { TextToken } from '../text/tokens';
import { INTENSITY_WORDS, NEGATION_WORDS } from './contextWords';

const fold = (words: readonly string[]) => new Set(words.map(compactKey));
const NEGATE_BEFORE = fold(NEGATION_WORDS.before);
const NEGATE_AFTER = [...fold(NEGATION_WORDS.after)];
const SOFTENERS = fold(NEGATION_WORDS.softeners);
const STRONGER = fold(INTENSITY_WORDS.stronger);
const WEAKER = fold(INTENSITY_WORDS.weaker);
/** What may come between a stem and its negation inside one word: "달지않게", "우디는싫어", "여름말고". */
const CONNECTIVES = ['하지', '지', '진', '는', '은', '이', '가', '도', '를', '을', '하고', ''].map(compactKey);
/** "warmer", "fresher", "sweeter": English comparatives ask for more. */
const COMPARATIVE = new Set(['er', 'r', 'ier']);

/** Whether what follows a word inside its own token negates it ("지않게" of "달지않게", "는싫어"). */
export function isNegatingContinuation(rest: string): boolean {
  return (
    rest !== '' &&
    CONNECTIVES.some(
      (connective) =>
        rest.startsWith(connective) && NEGATE_AFTER.some((word) => rest.startsWith(word, connective.length)),
    )
  );
}

/** The words around one understood word that change it. */
export interface Modifiers {
  negated: boolean;
  /** 1 as asked; 1.5 for "더", "more", "warmer"; 0.5 for "조금", "slightly". */
  intensity: number;
  /** Indexes of the tokens that said so, to leave them out of the remaining text. */
  tokens: number[];
}

/**
 * Reads negation and intensity around the tokens `first`…`last`, given what the last token
 * continues with after the understood word (`rest`: "지않게" in "달지않게", "er" in "warmer").
 */
export function readModifiers(tokens: readonly TextToken[], first: number, last: number, rest: string): Modifiers {
  const modifiers: Modifiers = { negated: false, intensity: 1, tokens: [] };
  const before = tokens[first - 1]?.key;
  const twoBefore = tokens[first - 2]?.key;
  const after = tokens[last + 1]?.key ?? '';
  if (before !== undefined && NEGATE_BEFORE.has(before)) {
    modifiers.negated = true;
    modifiers.tokens.push(first - 1);
  } else if (before !== undefined && twoBefore !== undefined && SOFTENERS.has(before) && NEGATE_BEFORE.has(twoBefore)) {
    modifiers.negated = true;
    modifiers.tokens.push(first - 2, first - 1);
  }
  const negatedWithin = CONNECTIVES.some(
    (connective) =>
      rest.startsWith(connective) && NEGATE_AFTER.some((word) => rest.startsWith(word, connective.length)),
  );
  if (rest && negatedWithin) modifiers.negated = true;
  else if (NEGATE_AFTER.some((word) => after.startsWith(word))) {
    modifiers.negated = true;
    modifiers.tokens.push(last + 1);
  }
  if (!modifiers.negated && before !== undefined) {
    if (STRONGER.has(before)) modifiers.intensity = 1.5;
    else if (WEAKER.has(before)) modifiers.intensity = 0.5;
    if (modifiers.intensity !== 1) modifiers.tokens.push(first - 1);
  }
  if (COMPARATIVE.has(rest)) modifiers.intensity = 1.5;
  return modifiers;
}
