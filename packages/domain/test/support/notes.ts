import type { IntentNote } from '../../src/intent/intentVocabulary';

/** Notes as the catalog's note table has them (slug, English, Korean): a part of it. */
export const TEST_NOTES: readonly IntentNote[] = [
  ['rose', 'rose', '장미'],
  ['pink-pepper', 'pink pepper', '핑크 페퍼'],
  ['bergamot', 'bergamot', '베르가못'],
  ['oud', 'oud', '오드'],
  ['vanilla', 'vanilla', '바닐라'],
  ['musk', 'musk', '머스크'],
  ['white-musk', 'white musk', '화이트 머스크'],
  ['sandalwood', 'sandalwood', '샌달우드'],
  ['pear', 'pear', '배'],
  ['nashi-pear', 'nashi pear', '배'],
  ['honey', 'honey', '꿀'],
  ['tea', 'tea', '차'],
  ['fig', 'fig', '무화과'],
  ['lavender', 'lavender', '라벤더'],
  ['amber', 'amber', '앰버'],
  ['jasmine', 'jasmine', '자스민'],
  ['tonka-bean', 'tonka bean', '통카빈'],
].map(([key, name, nameKo]) => ({ key: key!, name: name!, nameKo: nameKo! }));
