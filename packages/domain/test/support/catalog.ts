import type { PerfumeCandidate } from '../../src/names/perfumeCandidate';

export interface TestPerfume extends PerfumeCandidate {
  id: number;
}

type Row = [brand: string, brandKo: string | null, name: string, nameKo: string | null, popularity?: number];

/**
 * Perfumes of the shipped catalog (house and perfume names in both scripts, as the catalog has
 * them), a few as an import brings them (no Korean names, another spelling of the house), and
 * made-up namesakes of other houses, so that ranking between them is tested.
 */
const ROWS: Row[] = [
  ['Chanel', '샤넬', 'N°5', '넘버 5', 90],
  ['Chanel', '샤넬', 'Bleu de Chanel', '블루 드 샤넬', 80],
  ['Chanel', '샤넬', 'Coco Mademoiselle', '코코 마드모아젤', 85],
  ['Chanel', '샤넬', 'Chance Eau Tendre', '샹스 오 땅드르', 70],
  ['Dior', '디올', 'Sauvage', '소바쥬', 95],
  ['Dior', '디올', 'Sauvage Elixir', '소바쥬 엘릭서', 60],
  ['Dior', '디올', "J'adore", '쟈도르', 75],
  ['Dior', '디올', 'Dior Homme Intense', '디올 옴므 인텐스', 50],
  ['Dior', '디올', 'Miss Dior', '미스 디올', 70],
  ['Yves Saint Laurent', '입생로랑', 'Libre', '리브르', 70],
  ['Yves Saint Laurent', '입생로랑', 'Black Opium', '블랙 오피움', 75],
  ['Tom Ford', '톰포드', 'Oud Wood', '오드 우드', 70],
  ['Tom Ford', '톰포드', 'Tobacco Vanille', '토바코 바닐', 65],
  ['Le Labo', '르라보', 'Santal 33', '상탈 33', 85],
  ['Le Labo', '르라보', 'Another 13', '어나더 13', 60],
  ['Le Labo', '르라보', 'Rose 31', '로즈 31', 55],
  ['Le Labo', '르라보', 'Thé Noir 29', '떼 누아 29', 50],
  ['Byredo', '바이레도', 'Gypsy Water', '집시 워터', 75],
  ['Byredo', '바이레도', 'Blanche', '블랑쉬', 70],
  ['Byredo', '바이레도', 'Mojave Ghost', '모하비 고스트', 60],
  ['Maison Margiela', '메종 마르지엘라', 'Replica Jazz Club', '레플리카 재즈 클럽', 65],
  ['Maison Margiela', '메종 마르지엘라', 'Replica Lazy Sunday Morning', '레플리카 레이지 선데이 모닝', 65],
  ['Kilian Paris', '킬리안', "Angels' Share", '엔젤스 쉐어', 60],
  ['Jo Malone London', '조 말론 런던', 'Wood Sage & Sea Salt', '우드 세이지 앤 씨 솔트', 80],
  ['Jo Malone London', '조 말론 런던', 'English Pear & Freesia', '잉글리쉬 페어 앤 프리지아', 80],
  ['Diptyque', '딥티크', 'Philosykos', '필로시코스', 60],
  ['Diptyque', '딥티크', 'Tam Dao', '탐다오', 60],
  ['Maison Francis Kurkdjian', '메종 프란시스 커정', 'Baccarat Rouge 540', '바카라 루쥬 540', 85],
  ['Creed', '크리드', 'Aventus', '어벤투스', 80],
  ['Calvin Klein', '캘빈클라인', 'CK One', '씨케이 원', 70],
  ['Giorgio Armani', '조르지오 아르마니', 'Acqua di Giò', '아쿠아 디 지오', 80],
  ['Hermès', '에르메스', "Terre d'Hermès", '떼르 데르메스', 70],
  ['Cartier', '까르띠에', 'Déclaration', '데클라라시옹', 40],
  ['Frédéric Malle', '프레데릭 말', 'Portrait of a Lady', '포트레이트 오브 어 레이디', 60],
  ['Santa Maria Novella', '산타 마리아 노벨라', 'Melograno', '멜로그라노', 40],
  ['Versace', '베르사체', 'Versace Pour Homme', '베르사체 뿌르 옴므', 50],
  ['Bvlgari', '불가리', 'Pour Homme', '뿌르 옴므', 40],
  ['Memo Paris', '메모 파리', 'Marfa', '마파', 30],
  ['Gucci', '구찌', "Mémoire d'une Odeur", '메모와 뒨 오되르', 30],
  ['Tamburins', '탬버린즈', 'Chamo', '카모', 50],
  ['Nonfiction', '논픽션', 'Santal Cream', '상탈 크림', 50],
  // As an import brings them: another spelling of the house, no Korean names.
  ['Christian Dior', null, 'Eau Sauvage', null, 30],
  ['By Kilian', null, 'Black Phantom', null, 40],
  ['Maison Martin Margiela', null, 'By the Fireplace', null, 40],
  ['Byredo', null, 'Super Cedar', null, 50],
  ['Tom Ford', null, 'Black Orchid', null, 50],
  ['Yves Saint Laurent', null, 'La Nuit de L’Homme', null, 45],
  // Made-up houses with namesakes and look-alikes.
  ['Atelier Nord', null, 'No 5 Cedar', null, 5],
  ['Casa Lumen', null, 'Number 5 Amber', null, 5],
  ['Casa Lumen', null, 'Blanche', null, 3],
  ['Maison Ordinaire', null, 'Savage', null, 2],
  ['Maison Ordinaire', null, 'Velvet', null, 2],
  ['Atelier Nord', null, 'Velvet', null, 2],
  ['Casa Lumen', null, 'Velvet', null, 2],
  ['Verde Casa', null, 'Velvet', null, 2],
  ['Rio Perfumes', null, 'Velvet', null, 2],
  ['Lys Paris', null, 'Velvet', null, 2],
  ['Otto Labo', null, 'Velvet', null, 2],
  ['Otto Labo', null, 'Rose', null, 2],
];

export const TEST_CATALOG: readonly TestPerfume[] = ROWS.map(([brand, brandKo, name, nameKo, popularity], index) => ({
  id: index + 1,
  brand,
  brandKo,
  name,
  nameKo,
  popularity: popularity ?? 0,
}));

/** The one test perfume of a house and name (the house as written in the rows). */
export function perfume(brand: string, name: string): TestPerfume {
  const found = TEST_CATALOG.find((candidate) => candidate.brand === brand && candidate.name === name);
  if (!found) throw new Error(`no test perfume ${brand} ${name}`);
  return found;
}
