import { describe, expect, it } from 'vitest';
import { type DescribedPerfume, describePerfume } from '../src/describe/perfumeDescription';

type Note = DescribedPerfume['notes'][number];
type AccordKey = DescribedPerfume['accords'][number]['key'];
type SeasonKey = DescribedPerfume['seasons'][number]['key'];
const note = (name: string, nameKo: string | null, position: Note['position']): Note => ({ name, nameKo, position });
/** Notes tier by tier, each written `{ english: '한국어' }` in the pyramid's order. */
const pyramid = (tiers: Partial<Record<Note['position'], Record<string, string>>>): Note[] =>
  Object.entries(tiers).flatMap(([position, names]) =>
    Object.entries(names).map(([name, nameKo]) => note(name, nameKo, position as Note['position'])),
  );
/** Accords strongest first, written `{ woody: 100, … }`. */
const accords = (strengths: Partial<Record<AccordKey, number>>): DescribedPerfume['accords'] =>
  Object.entries(strengths).map(([key, strength]) => ({ key: key as AccordKey, strength: strength ?? 0 }));
/** Seasons best first, written `{ fall: 100, … }`. */
const seasons = (shares: Partial<Record<SeasonKey, number>>): DescribedPerfume['seasons'] =>
  Object.entries(shares).map(([key, share]) => ({ key: key as SeasonKey, share: share ?? 0 }));

/** Le Labo Santal 33 as the shipped catalog has it (seasons relative to the best fit). */
const SANTAL_33: DescribedPerfume = {
  gender: 'unisex',
  accords: accords({ woody: 100, leathery: 55, spicy: 45, powdery: 40, smoky: 30 }),
  notes: pyramid({
    top: { cardamom: '카다멈', violet: '바이올렛' },
    middle: { iris: '아이리스', papyrus: '파피루스' },
    base: { sandalwood: '샌달우드', cedar: '시더우드', leather: '레더', amber: '앰버' },
  }),
  seasons: seasons({ fall: 100, winter: 88, spring: 63 }),
};

/** Dior Sauvage: a long heart, a masculine lean. */
const SAUVAGE: DescribedPerfume = {
  gender: 'masculine',
  accords: accords({ fresh: 100, aromatic: 75, citrus: 70, spicy: 60 }),
  notes: pyramid({
    top: { bergamot: '베르가못', pepper: '후추' },
    middle: { 'sichuan pepper': '산초', lavender: '라벤더', 'pink pepper': '핑크 페퍼', vetiver: '베티버' },
    base: { ambroxan: '암브록산', cedar: '시더우드', labdanum: '랍다넘' },
  }),
  seasons: seasons({ spring: 100, summer: 94, fall: 75, winter: 50 }),
};

/** Le Labo Another 13: notes without a pyramid, worn in most seasons. */
const ANOTHER_13: DescribedPerfume = {
  gender: 'unisex',
  accords: accords({ musky: 100, amber: 70 }),
  notes: pyramid({ flat: { ambroxan: '암브록산', ambrette: '앰브레트', jasmine: '자스민', moss: '이끼' } }),
  seasons: seasons({ spring: 100, fall: 100, summer: 95 }),
};

/** Whole descriptions, in both languages, of perfumes the catalog knows well. */
const WRITTEN: { title: string; perfume: DescribedPerfume; ko: string; en: string }[] = [
  {
    title: 'writes Santal 33 from its accords, pyramid and seasons',
    perfume: SANTAL_33,
    ko:
      '우디와 레더 계열에 스파이시 느낌이 더해진 향이에요. ' +
      '카다멈과 바이올렛으로 시작해, 아이리스와 파피루스가 중심을 이루고, 샌달우드, 시더우드와 레더가 잔향으로 남아요. ' +
      '가을과 겨울에 특히 잘 어울리고, 성별에 관계없이 쓰기 좋아요.',
    en:
      'It is woody and leathery in character, with spicy facets. ' +
      'It opens with cardamom and violet, has iris and papyrus at its heart, and settles on sandalwood, cedar and leather. ' +
      'It is at its best in fall and winter and suits anyone.',
  },
  {
    title: 'names three notes of a long heart and picks the particle each last word takes',
    perfume: SAUVAGE,
    ko:
      '프레시와 아로마틱 계열에 시트러스 느낌이 더해진 향이에요. ' +
      '베르가못과 후추로 시작해, 산초, 라벤더와 핑크 페퍼가 중심을 이루고, 암브록산, 시더우드와 랍다넘이 잔향으로 남아요. ' +
      '봄과 여름에 특히 잘 어울리고, 남성적인 쪽에 가까워요.',
    en:
      'It is fresh and aromatic in character, with citrus facets. ' +
      'It opens with bergamot and pepper, has sichuan pepper, lavender and pink pepper at its heart, and settles on ambroxan, cedar and labdanum. ' +
      'It is at its best in spring and summer and leans masculine.',
  },
  {
    title: 'blends notes that have no pyramid, and says when it suits most seasons',
    perfume: ANOTHER_13,
    ko: '머스크와 앰버 계열의 향이에요. 암브록산, 앰브레트와 자스민의 향이 어우러져요. 계절을 크게 타지 않고, 성별에 관계없이 쓰기 좋아요.',
    en: 'It is musky and amber in character. It blends ambroxan, ambrette and jasmine. It wears well in most seasons and suits anyone.',
  },
];

describe('describePerfume', () => {
  it.each(WRITTEN)('$title', ({ perfume, ko, en }) => {
    expect(describePerfume(perfume, 'ko')).toBe(ko);
    expect(describePerfume(perfume, 'en')).toBe(en);
  });

  it('leaves out what the catalog does not know: no notes, no seasons', () => {
    const noNotes: DescribedPerfume = {
      gender: 'feminine',
      accords: accords({ floral: 100, powdery: 20 }),
      notes: [],
      seasons: [],
    };
    expect(describePerfume(noNotes, 'ko')).toBe('플로럴 계열의 향이에요. 여성스러운 쪽에 가까워요.');
    expect(describePerfume(noNotes, 'en')).toBe('It is floral in character. It leans feminine.');

    const bare: DescribedPerfume = { gender: 'unisex', accords: [], notes: [], seasons: [] };
    expect(describePerfume(bare, 'ko')).toBe('성별에 관계없이 쓰기 좋아요.');
  });

  it('starts with the heart when there are no top notes, and closes on the last tier it has', () => {
    const heartAndBase: DescribedPerfume = {
      ...SANTAL_33,
      notes: SANTAL_33.notes.filter((entry) => entry.position !== 'top'),
    };
    expect(describePerfume(heartAndBase, 'ko')).toContain(
      '아이리스와 파피루스가 중심을 이루고, 샌달우드, 시더우드와 레더가 잔향으로 남아요.',
    );
    expect(describePerfume(heartAndBase, 'en')).toContain(
      'It has iris and papyrus at its heart and settles on sandalwood, cedar and leather.',
    );
    const topOnly: DescribedPerfume = { ...SANTAL_33, notes: [note('bergamot', '베르가못', 'top')] };
    expect(describePerfume(topOnly, 'ko')).toContain(' 베르가못으로 시작해요. ');
    expect(describePerfume(topOnly, 'en')).toContain(' It opens with bergamot. ');
  });

  it('writes a note with no Korean name in Latin letters, with both particle forms', () => {
    const imported: DescribedPerfume = {
      ...SANTAL_33,
      notes: [note('oud', '오드', 'base'), note('hedione', null, 'base')],
    };
    expect(describePerfume(imported, 'ko')).toContain(' 오드와 Hedione이(가) 잔향으로 남아요. ');
  });
});
