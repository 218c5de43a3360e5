import { describe, expect, it } from 'vitest';
import { BRAND_ALIASES } from '../src/names/brandAliases';
import { brandIdentityKey, canonicalBrand } from '../src/names/canonicalBrand';
import { compactKey } from '../src/text/foldForMatch';

/** The 68 houses of the shipped catalog, as packages/db/src/seed/catalog spells them. */
const SHIPPED_HOUSES: [string, string][] = [
  ['Chanel', '샤넬'],
  ['Dior', '디올'],
  ['Guerlain', '겔랑'],
  ['Yves Saint Laurent', '입생로랑'],
  ['Giorgio Armani', '조르지오 아르마니'],
  ['Hermès', '에르메스'],
  ['Lancôme', '랑콤'],
  ['Givenchy', '지방시'],
  ['Prada', '프라다'],
  ['Gucci', '구찌'],
  ['Valentino', '발렌티노'],
  ['Versace', '베르사체'],
  ['Dolce & Gabbana', '돌체앤가바나'],
  ['Burberry', '버버리'],
  ['Tom Ford', '톰포드'],
  ['Calvin Klein', '캘빈클라인'],
  ['Carolina Herrera', '캐롤리나 헤레라'],
  ['Rabanne', '파코라반'],
  ['Jean Paul Gaultier', '장 폴 고티에'],
  ['Narciso Rodriguez', '나르시소 로드리게즈'],
  ['Marc Jacobs', '마크 제이콥스'],
  ['Viktor&Rolf', '빅터앤롤프'],
  ['Jo Malone London', '조 말론 런던'],
  ['Diptyque', '딥티크'],
  ['Le Labo', '르라보'],
  ['Byredo', '바이레도'],
  ['Maison Francis Kurkdjian', '메종 프란시스 커정'],
  ['Maison Margiela', '메종 마르지엘라'],
  ['Creed', '크리드'],
  ["Penhaligon's", '펜할리곤스'],
  ['Acqua di Parma', '아쿠아 디 파르마'],
  ['Frédéric Malle', '프레데릭 말'],
  ['Serge Lutens', '세르주 루텐'],
  ["L'Artisan Parfumeur", '라티잔 파퓨머'],
  ['Goutal', '구딸'],
  ['Atelier Cologne', '아틀리에 코롱'],
  ['Kilian Paris', '킬리안'],
  ['Parfums de Marly', '퍼퓸 드 말리'],
  ['Amouage', '아무아주'],
  ['Initio', '이니시오'],
  ['Xerjoff', '제르조프'],
  ['Memo Paris', '메모 파리'],
  ['Juliette Has a Gun', '줄리엣 헤즈 어 건'],
  ['Escentric Molecules', '이센트릭 몰리큘'],
  ['Tamburins', '탬버린즈'],
  ['Nonfiction', '논픽션'],
  ['Granhand', '그랑핸드'],
  ['Aesop', '이솝'],
  ['Shiro', '시로'],
  ['Clean', '클린'],
  ['Santa Maria Novella', '산타 마리아 노벨라'],
  ['Maison Louis Marie', '메종 루이 마리'],
  ['Bvlgari', '불가리'],
  ['Montblanc', '몽블랑'],
  ['Hugo Boss', '휴고 보스'],
  ['Issey Miyake', '이세이 미야케'],
  ['Kenzo', '겐조'],
  ['Chloé', '끌로에'],
  ['Lanvin', '랑방'],
  ['Cartier', '까르띠에'],
  ['Van Cleef & Arpels', '반클리프 아펠'],
  ['Ferragamo', '페라가모'],
  ['Jimmy Choo', '지미추'],
  ['Davidoff', '다비도프'],
  ['Azzaro', '아자로'],
  ['Mugler', '뮈글러'],
  ['Elizabeth Arden', '엘리자베스 아덴'],
  ['Nishane', '니샤네'],
];

describe('canonicalBrand', () => {
  it('knows every house of the shipped catalog by its name and its Korean name', () => {
    expect(SHIPPED_HOUSES).toHaveLength(68);
    for (const [name, ko] of SHIPPED_HOUSES) {
      expect(canonicalBrand(name), name).toMatchObject({ name, nameKo: ko });
      expect(canonicalBrand(ko), ko).toMatchObject({ name, nameKo: ko });
    }
  });

  it.each([
    ['Le Labo', ['르라보', '르 라보', 'LE LABO', 'lelabo']],
    ['Yves Saint Laurent', ['입생로랑', '생로랑', 'YSL', 'Yves Saint Laurent', 'Saint Laurent', '이브 생 로랑']],
    [
      'Maison Margiela',
      ['메종 마르지엘라', '메종마르지엘라', '마르지엘라', 'Maison Margiela', 'Margiela', 'Maison Martin Margiela'],
    ],
    ['Dior', ['디올', 'Dior', 'Christian Dior', '크리스찬 디올', '크리스찬디올']],
    ['Kilian Paris', ['킬리안', 'Kilian', 'By Kilian', '바이 킬리안']],
    ['Jo Malone London', ['조말론', '조 말론', 'Jo Malone', 'Jo Malone London', '죠말론']],
    ['Byredo', ['바이레도', 'Byredo']],
    ['Diptyque', ['딥티크', '딥디크', 'Diptyque']],
    ['Tom Ford', ['톰포드', '톰 포드', 'Tom Ford']],
    ['Chanel', ['샤넬', 'Chanel']],
    ['Guerlain', ['겔랑']],
    ['Hermès', ['에르메스', 'Hermes']],
    ['Frédéric Malle', ['프레데릭 말', 'Frederic Malle', 'Editions de Parfums Frédéric Malle']],
    ['Acqua di Parma', ['아쿠아 디 파르마', '아쿠아디파르마']],
    ['Creed', ['크리드']],
    ["Penhaligon's", ['펜할리곤스', 'Penhaligons']],
    ['Memo Paris', ['메모', 'Memo']],
    ['Aesop', ['이솝']],
    ['Nonfiction', ['논픽션']],
    ['Tamburins', ['탬버린즈']],
    ['Santa Maria Novella', ['산타마리아노벨라', '산타 마리아 노벨라', 'SMN']],
    ['Rabanne', ['Paco Rabanne', '파코라반']],
    ['Goutal', ['Annick Goutal', '구딸']],
    ['Mugler', ['Thierry Mugler', '뮈글러']],
    ['Bvlgari', ['Bulgari', '불가리']],
    ['Cartier', ['카르티에', '까르띠에']],
    ['Viktor&Rolf', ['Viktor & Rolf', 'Viktor and Rolf', '빅터 앤 롤프']],
    ['Dolce & Gabbana', ['Dolce&Gabbana', 'D&G', '돌체 앤 가바나']],
  ])('%s is one house under every spelling', (house, spellings) => {
    for (const spelling of spellings) expect(canonicalBrand(spelling)?.name, spelling).toBe(house);
  });

  it('gives one identity key per house, so an import does not split a house in two', () => {
    expect(brandIdentityKey('Christian Dior')).toBe(brandIdentityKey('Dior'));
    expect(brandIdentityKey('By Kilian')).toBe(brandIdentityKey('Kilian Paris'));
    expect(brandIdentityKey('Yves Saint Laurent')).toBe(brandIdentityKey('Saint Laurent'));
    expect(brandIdentityKey('Maison Martin Margiela')).toBe(brandIdentityKey('Maison Margiela'));
  });

  it('leaves unknown houses to their own spelling', () => {
    expect(canonicalBrand('Atelier Nord')).toBeNull();
    expect(brandIdentityKey('Atelier Nord')).toBe('ateliernord');
  });

  it('never lets one spelling name two houses', () => {
    const houseOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const house of BRAND_ALIASES) {
      for (const spelling of [house.name, house.ko, ...house.aliases]) {
        const key = compactKey(spelling);
        const other = houseOf.get(key);
        if (other && other !== house.name) clashes.push(`${spelling}: ${other} / ${house.name}`);
        houseOf.set(key, house.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
