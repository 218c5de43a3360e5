/** Korean text of what search understood in the words typed, and "did you mean". */
export const understandingKo = {
  /** Before the suggested name, which is a link. */
  didYouMean: '혹시 이 향수를 찾으셨나요?',
  /** After the link. */
  didYouMeanAfter: '',
};

export type UnderstandingText = typeof understandingKo;
