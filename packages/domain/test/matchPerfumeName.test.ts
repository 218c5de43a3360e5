import { describe, expect, it } from 'vitest';
import { didYouMean, matchPerfumeName } from '../src/names/matchPerfumeName';
import { nameKeyVariants } from '../src/names/nameVariants';
import { buildPerfumeNameIndex } from '../src/names/perfumeNameIndex';
import { spelledAsNamed } from '../src/names/spelledAsNamed';
import { compactKey } from '../src/text/foldForMatch';
import { perfume, TEST_CATALOG } from './support/catalog';

const index = buildPerfumeNameIndex(TEST_CATALOG);

function top(query: string) {
  return matchPerfumeName(index, query)[0]?.perfume;
}

function names(query: string, limit = 10) {
  return matchPerfumeName(index, query, { limit }).map((match) => `${match.perfume.brand} / ${match.perfume.name}`);
}

describe('matchPerfumeName', () => {
  it.each([
    ['르라보상탈33', 'Le Labo', 'Santal 33'],
    ['르라보 상탈 33', 'Le Labo', 'Santal 33'],
    ['Le Labo Santal 33', 'Le Labo', 'Santal 33'],
    ['lelabosantal33', 'Le Labo', 'Santal 33'],
    ['santal 33 le labo', 'Le Labo', 'Santal 33'],
    ['Le Labo 상탈33', 'Le Labo', 'Santal 33'],
    ['diorsauvage', 'Dior', 'Sauvage'],
    ['디올소바쥬', 'Dior', 'Sauvage'],
    ['쏘바쥬', 'Dior', 'Sauvage'],
    ['Christian Dior Sauvage', 'Dior', 'Sauvage'],
    ['샤넬넘버5', 'Chanel', 'N°5'],
    ['샤넬 No.5', 'Chanel', 'N°5'],
    ['chanel no 5', 'Chanel', 'N°5'],
    ['넘버 파이브', 'Chanel', 'N°5'],
    ['바이레도 집시워터', 'Byredo', 'Gypsy Water'],
    ['블랑쉬', 'Byredo', 'Blanche'],
    ['쟈도르', 'Dior', "J'adore"],
    ['자도르', 'Dior', "J'adore"],
    ['Jadore', 'Dior', "J'adore"],
    ['YSL 리브르', 'Yves Saint Laurent', 'Libre'],
    ['생로랑 리브르', 'Yves Saint Laurent', 'Libre'],
    ['Saint Laurent Libre', 'Yves Saint Laurent', 'Libre'],
    ['입생로랑블랙오피움', 'Yves Saint Laurent', 'Black Opium'],
    ['톰포드 오드 우드', 'Tom Ford', 'Oud Wood'],
    ['우드 우드', 'Tom Ford', 'Oud Wood'],
    ['oudwood', 'Tom Ford', 'Oud Wood'],
    ['메종마르지엘라 재즈클럽', 'Maison Margiela', 'Replica Jazz Club'],
    ['Margiela Jazz Club', 'Maison Margiela', 'Replica Jazz Club'],
    ['재즈 클럽', 'Maison Margiela', 'Replica Jazz Club'],
    ['By Kilian Angels Share', 'Kilian Paris', "Angels' Share"],
    ['킬리안 엔젤스 셰어', 'Kilian Paris', "Angels' Share"],
    ['조말론 우드세이지', 'Jo Malone London', 'Wood Sage & Sea Salt'],
    ['조 말론 잉글리시 페어', 'Jo Malone London', 'English Pear & Freesia'],
    ['딥디크 필로시코스', 'Diptyque', 'Philosykos'],
    ['바카라', 'Maison Francis Kurkdjian', 'Baccarat Rouge 540'],
    ['BR540', 'Maison Francis Kurkdjian', 'Baccarat Rouge 540'],
    ['아지오', 'Giorgio Armani', 'Acqua di Giò'],
    ['CK One', 'Calvin Klein', 'CK One'],
    ['씨케이원', 'Calvin Klein', 'CK One'],
    ['카르티에 데클라라시옹', 'Cartier', 'Déclaration'],
    ['테르 데르메스', 'Hermès', "Terre d'Hermès"],
    ['디올 옴므 인텐스', 'Dior', 'Dior Homme Intense'],
    ['Versace pour homme', 'Versace', 'Versace Pour Homme'],
    ['불가리 뿌르 옴므', 'Bvlgari', 'Pour Homme'],
    ['Mémoire d’une Odeur', 'Gucci', "Mémoire d'une Odeur"],
  ])('"%s" finds %s %s first', (query, brand, name) => {
    expect(top(query)).toBe(perfume(brand, name));
  });

  it('reaches perfumes without a Korean name through Korean words of perfume names', () => {
    expect(top('바이레도 슈퍼 시더')).toBe(perfume('Byredo', 'Super Cedar'));
    expect(top('톰포드 블랙 오키드')).toBe(perfume('Tom Ford', 'Black Orchid'));
    expect(top('킬리안 블랙 팬텀')).toBe(perfume('By Kilian', 'Black Phantom'));
    expect(top('디올 오 소바쥬')).toBe(perfume('Christian Dior', 'Eau Sauvage'));
    expect(top('마르지엘라 바이 더 파이어플레이스')).toBe(perfume('Maison Martin Margiela', 'By the Fireplace'));
  });

  it('ranks Chanel N°5 above other houses’ "No 5" perfumes, however it is written', () => {
    for (const query of ['No.5', 'N°5', 'no 5', 'Number 5', '넘버5', '넘버 5', '샤넬 5번']) {
      expect(names(query)[0], query).toBe('Chanel / N°5');
    }
  });

  it('ranks the perfume whose name matches above those that only share its house', () => {
    const found = names('르라보 상탈33');
    expect(found[0]).toBe('Le Labo / Santal 33');
    expect(found.slice(1)).toEqual(expect.arrayContaining(['Le Labo / Another 13', 'Le Labo / Rose 31']));
    const sauvage = matchPerfumeName(index, 'Dior Sauvage');
    expect(sauvage.map((match) => match.perfume.name).slice(0, 2)).toEqual(['Sauvage', 'Sauvage Elixir']);
    const nameScore = sauvage[0]!.score;
    for (const match of sauvage.filter((other) => other.kind === 'brand')) expect(match.score).toBeLessThan(nameScore);
  });

  it('answers a house alone with its perfumes, before names that merely start like it', () => {
    expect(names('르라보').every((found) => found.startsWith('Le Labo /'))).toBe(true);
    expect(names('memo')[0]).toBe('Memo Paris / Marfa');
    const byredo = TEST_CATALOG.filter((candidate) => candidate.brand === 'Byredo');
    expect(names('byredo').sort()).toEqual(byredo.map((candidate) => `Byredo / ${candidate.name}`).sort());
  });

  it('finds names from their start', () => {
    expect(names('상탈')).toEqual(expect.arrayContaining(['Le Labo / Santal 33', 'Nonfiction / Santal Cream']));
    expect(names('상타')[0]).toBe('Le Labo / Santal 33');
    expect(names('mojave')[0]).toBe('Byredo / Mojave Ghost');
  });

  it('forgives typos', () => {
    expect(top('sauvge')).toBe(perfume('Dior', 'Sauvage'));
    expect(top('aventos')).toBe(perfume('Creed', 'Aventus'));
    expect(top('channel no5')).toBe(perfume('Chanel', 'N°5'));
    expect(top('바이래도 집시워타')).toBe(perfume('Byredo', 'Gypsy Water'));
    expect(top('필로시코')).toBe(perfume('Diptyque', 'Philosykos'));
  });

  it('finds nothing for words that name no perfume', () => {
    expect(matchPerfumeName(index, 'xqzv plorb')).toEqual([]);
    expect(matchPerfumeName(index, '')).toEqual([]);
  });

  it('prefers the better-known of two perfumes with the same name', () => {
    expect(names('Blanche').slice(0, 2)).toEqual(['Byredo / Blanche', 'Casa Lumen / Blanche']);
  });

  it('offers "did you mean" only when nothing matches well', () => {
    expect(didYouMean(index, 'santl 34').map((match) => match.perfume.name)).toContain('Santal 33');
    expect(didYouMean(index, 'philosikos').map((match) => match.perfume.name)).toContain('Philosykos');
    expect(didYouMean(index, 'Santal 33')).toEqual([]);
    expect(didYouMean(index, '르라보')).toEqual([]);
    // Being typed, not misspelt: the start of names and a word inside them are matches already.
    expect(didYouMean(index, 'santal')).toEqual([]);
    expect(didYouMean(index, '재즈')).toEqual([]);
  });
});

describe('nameKeyVariants', () => {
  it('reads Korean words of perfume names as their Latin words', () => {
    expect(nameKeyVariants(compactKey('상탈33'))).toContain('santal33');
    expect(nameKeyVariants(compactKey('오드우드'))).toEqual(expect.arrayContaining(['oudoud', 'oudwood']));
    expect(nameKeyVariants(compactKey('블루 드 샤넬'))).toContain('bleudechanel');
    expect(nameKeyVariants(compactKey('집시워터'))).toContain('gypsywater');
  });

  it('keeps the key itself first and leaves Latin keys alone', () => {
    expect(nameKeyVariants('소바주')[0]).toBe('소바주');
    expect(nameKeyVariants('oudwood')).toEqual(['oudwood']);
  });
});

describe('spelledAsNamed', () => {
  const match = (query: string) => matchPerfumeName(index, query)[0]!;
  const spelled = (query: string) => spelledAsNamed(query, match(query).perfume, match(query).brandKey);

  it('is true when the query writes the name out, alone, with its house, or as an alias', () => {
    for (const query of [
      'Sauvage',
      '소바쥬',
      'Dior Sauvage',
      '디올 소바쥬',
      'sauvage dior',
      'N°5',
      '넘버 파이브',
      'Oud Wood',
    ]) {
      expect(spelled(query), query).toBe(true);
    }
  });

  it('is false when the name is reached only by folding or fixing the spelling', () => {
    for (const query of ['쏘바즈', 'sauvge', '필로씨꼬스', '찝시 워터']) expect(spelled(query), query).toBe(false);
  });
});
