import { describe, expect, it } from 'vitest';
import { recommendationReason } from '../../src/taste';

const santal = { brand: 'Le Labo', brandKo: '르 라보', name: 'Santal 33', nameKo: '상탈 33' };
const sauvage = { brand: 'Dior', brandKo: '디올', name: 'Sauvage', nameKo: null };

describe('recommendationReason', () => {
  it('names the shared accords and notes and the favourites it resembles, in Korean and English', () => {
    const reason = recommendationReason({
      sharedAccords: ['woody', 'amber', 'spicy', 'musky'],
      sharedNotes: [{ slug: 'cedar', name: 'Cedar', nameKo: '시더' }],
      becauseOf: [santal, sauvage],
    });
    expect(reason.ko).toBe(
      '좋아하는 향수들과 우디·앰버·스파이시 어코드와 시더 노트가 겹쳐요. 가장 닮은 내 향수: 르 라보 상탈 33, 디올 Sauvage.',
    );
    expect(reason.en).toBe(
      'Shares the woody, amber and spicy accords and the cedar note with perfumes you love. Most like your Le Labo Santal 33 and Dior Sauvage.',
    );
  });

  it('still says why when nothing is shared by name', () => {
    const reason = recommendationReason({ sharedAccords: [], sharedNotes: [], becauseOf: [] });
    expect(reason).toEqual({
      ko: '좋아하는 향수들과 전체적인 향의 결이 비슷해요.',
      en: 'Close in overall character to perfumes you love.',
    });
  });
});
