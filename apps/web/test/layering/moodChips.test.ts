import { LAYERING_MOOD_MAX_LENGTH } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { layeringEn } from '../../src/layering/layeringText.en';
import { layeringKo } from '../../src/layering/layeringText.ko';
import { moodText } from '../../src/layering/moodChips';

describe('the mood words sent for partners', () => {
  it("are the chips' words in the reader's language, in the chips' order, then the typed words", () => {
    expect(moodText(['notSweet', 'cool'], layeringKo.partners.moodWords, '')).toBe('시원하게 달지 않게');
    expect(moodText(['cozy'], layeringEn.partners.moodWords, ' woody ')).toBe('more cozy woody');
  });

  it('are none when nothing is chosen or typed', () => {
    expect(moodText([], layeringKo.partners.moodWords, '   ')).toBeUndefined();
  });

  it('never pass the length the service takes', () => {
    const all = ['cool', 'cozy', 'notSweet', 'warm', 'fresh', 'clean', 'deep', 'light'] as const;
    const text = moodText([...all], layeringEn.partners.moodWords, 'x'.repeat(60));
    expect(text?.length).toBeLessThanOrEqual(LAYERING_MOOD_MAX_LENGTH);
  });
});
