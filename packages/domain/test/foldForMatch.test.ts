import { describe, expect, it } from 'vitest';
import { compactKey, foldForMatch } from '../src/text/foldForMatch';

describe('foldForMatch: Korean spellings of one name fold together', () => {
  it.each([
    ['쏘바쥬', '소바쥬'],
    ['쟈도르', '자도르'],
    ['샹스', '샹쓰'],
    ['까르띠에', '카르티에'],
    ['쁘띠 쉐리', '프티 셰리'],
    ['떼르 데르메스', '테르 데르메스'],
    ['꼼데가르송', '콤데가르송'],
    ['엔젤스 쉐어', '엔젤스 셰어'],
    ['줄리엣 해즈 어 건', '줄리엣 헤즈 어 건'],
    ['죠말론', '조말론'],
    ['지미츄', '지미추'],
    ['구찌', '구치'],
    ['웨이브', '왜이브'],
    ['바카라 루쥬', '바카라 루주'],
  ])('%s = %s', (typed, catalog) => {
    expect(compactKey(typed)).toBe(compactKey(catalog));
  });

  it('ignores spacing in the compact key', () => {
    expect(compactKey('메종 마르지엘라')).toBe(compactKey('메종마르지엘라'));
    expect(compactKey('르 라보 상탈 33')).toBe(compactKey('르라보상탈33'));
  });

  it('keeps names that differ in sound apart', () => {
    expect(compactKey('소바쥬')).not.toBe(compactKey('사바쥬'));
    expect(compactKey('로즈')).not.toBe(compactKey('로사'));
    expect(compactKey('블루')).not.toBe(compactKey('블랙'));
    expect(compactKey('샤넬')).not.toBe(compactKey('사넬'));
  });
});

describe('foldForMatch: Latin names', () => {
  it('folds accents, case and punctuation like the catalog', () => {
    expect(foldForMatch("Terre d'Hermès")).toBe('terre d hermes');
    expect(foldForMatch('  Acqua di Giò  PROFUMO ')).toBe('acqua di gio profumo');
    expect(foldForMatch('Œillet Sauvage')).toBe('oeillet sauvage');
    expect(foldForMatch('Ｃｈａｎｅｌ')).toBe('chanel');
  });

  it('reads every way of writing "number 5" alike', () => {
    for (const typed of ['N°5', 'N° 5', 'No.5', 'No 5', 'no5', 'Nº5', '№5', 'Number 5', 'Nr. 5']) {
      expect(compactKey(typed)).toBe('no5');
    }
    expect(compactKey('Chanel N°5')).toBe(compactKey('chanel no.5'));
  });

  it('leaves "no" alone when no number follows', () => {
    expect(foldForMatch('No Man’s Land')).toBe('no man s land');
  });

  it('keeps scripts side by side', () => {
    expect(compactKey('르라보 Santal 33')).toBe(`${compactKey('르라보')}santal33`);
  });

  it('keeps a lone jamo typed mid-word as a letter', () => {
    expect(foldForMatch('ㅋㅋ')).toBe('ㄱㄱ');
  });
});
