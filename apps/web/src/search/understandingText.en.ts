import type { UnderstandingText } from './understandingText.ko';

/** English text of what search understood in the words typed, and "did you mean". */
export const understandingEn: UnderstandingText = {
  didYouMean: 'Did you mean',
  didYouMeanAfter: '?',
};
