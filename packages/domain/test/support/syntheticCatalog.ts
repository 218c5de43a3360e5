import type { TestPerfume } from './catalog';

/** A small deterministic generator (mulberry32), so the synthetic catalog is the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN_SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sa',
  'tor',
  'vel',
  'qui',
  'dor',
  'na',
  'fen',
  'lu',
  'zar',
  'bel',
  'mon',
  'ti',
];
const WORDS = [
  'Rose',
  'Oud',
  'Amber',
  'Musk',
  'Noir',
  'Blanc',
  'Cedar',
  'Vetiver',
  'Iris',
  'Santal',
  'Neroli',
  'Tonka',
];
const HANGUL_SYLLABLES = [
  '가',
  '로',
  '미',
  '렌',
  '사',
  '토',
  '벨',
  '키',
  '도',
  '나',
  '펜',
  '루',
  '자',
  '벨',
  '몽',
  '티',
];

/**
 * `count` made-up perfumes from about a thousand made-up houses: Latin names built from
 * syllables and perfume words, and every tenth one with a Korean name. Houses are numbered so
 * that no house is a spelling of another.
 */
export function syntheticCatalog(count: number, firstId: number): TestPerfume[] {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const word = (syllables: readonly string[], parts: number) =>
    Array.from({ length: parts }, () => pick(syllables)).join('');
  const houses = Array.from(
    { length: Math.ceil(count / 40) },
    (_, house) => `Maison ${word(LATIN_SYLLABLES, 2)} ${house}`,
  );
  const perfumes: TestPerfume[] = [];
  for (let index = 0; index < count; index++) {
    const latin = `${word(LATIN_SYLLABLES, 2 + Math.floor(random() * 2))} ${pick(WORDS)} ${index}`;
    perfumes.push({
      id: firstId + index,
      brand: houses[Math.floor(index / 40)]!,
      brandKo: null,
      name: latin.replace(/^./, (letter) => letter.toUpperCase()),
      nameKo: index % 10 === 0 ? `${word(HANGUL_SYLLABLES, 3)} ${index}` : null,
      popularity: Math.floor(random() * 100),
    });
  }
  return perfumes;
}
