/** Names people use for one perfume beyond its catalog names (Korean and English, nicknames, numbers read out). */
export interface PerfumeAliasEntry {
  brand: string;
  name: string;
  aliases: readonly string[];
}

/** Written by hand for perfumes people often ask for by another name. */
export const PERFUME_ALIASES: readonly PerfumeAliasEntry[] = [
  {
    brand: 'Chanel',
    name: 'N°5',
    aliases: [
      'No.5',
      'No 5',
      'Number 5',
      'Number Five',
      'No Five',
      'N5',
      '넘버5',
      '넘버 파이브',
      '넘버 오',
      '5번',
      '샤넬 5번',
      '샤넬 넘버 파이브',
    ],
  },
  { brand: 'Chanel', name: 'Bleu de Chanel', aliases: ['BDC', '블루 드 샤넬', '블드샤'] },
  { brand: 'Chanel', name: 'Coco Mademoiselle', aliases: ['코코 마드무아젤', '코코마드모아젤'] },
  { brand: 'Chanel', name: 'Chance Eau Tendre', aliases: ['샹스 땅드르', '샹스 오 땅드르', 'Chance Tendre'] },
  { brand: 'Dior', name: 'Sauvage', aliases: ['소바쥬', '소바주', '쏘바쥬', '사바쥬', 'Dior Sauvage'] },
  { brand: 'Dior', name: "J'adore", aliases: ['쟈도르', '자도르', '자도어', 'Jadore'] },
  { brand: 'Dior', name: 'Miss Dior', aliases: ['미스디올'] },
  { brand: 'Tom Ford', name: 'Oud Wood', aliases: ['오드 우드', '우드 우드', '오우드 우드'] },
  { brand: 'Tom Ford', name: 'Tobacco Vanille', aliases: ['Tobacco Vanilla', '토바코 바닐라', '타바코 바닐'] },
  { brand: 'Tom Ford', name: 'Lost Cherry', aliases: ['로스트체리'] },
  { brand: 'Le Labo', name: 'Santal 33', aliases: ['상탈33', '상탈 삼삼', '상탈 서티쓰리', 'Santal Thirty Three'] },
  { brand: 'Le Labo', name: 'Another 13', aliases: ['어나더13', '어나더 써틴'] },
  { brand: 'Byredo', name: 'Gypsy Water', aliases: ['집시워터', '집시 워터'] },
  { brand: 'Byredo', name: 'Blanche', aliases: ['블랑쉬', '블랑슈'] },
  {
    brand: 'Maison Francis Kurkdjian',
    name: 'Baccarat Rouge 540',
    aliases: ['Baccarat Rouge', 'BR540', 'BR 540', '바카라', '바카라 루쥬', '바카라 540', '바카라루즈'],
  },
  {
    brand: 'Giorgio Armani',
    name: 'Acqua di Giò',
    aliases: ['Acqua di Gio', '아지오', '아쿠아디지오', '아쿠아 디 조'],
  },
  { brand: 'Creed', name: 'Aventus', aliases: ['어벤투스', '아벤투스'] },
  {
    brand: 'Jo Malone London',
    name: 'Wood Sage & Sea Salt',
    aliases: ['우드세이지', '우드 세이지', '우드세이지 앤 씨솔트', 'Wood Sage'],
  },
  {
    brand: 'Jo Malone London',
    name: 'English Pear & Freesia',
    aliases: ['잉글리시 페어', '잉글리쉬 페어', '잉글리시 페어 앤 프리지아', 'English Pear'],
  },
  { brand: 'Jo Malone London', name: 'Peony & Blush Suede', aliases: ['피오니 앤 블러시 스웨이드', '피오니 블러쉬'] },
  { brand: 'Diptyque', name: 'Philosykos', aliases: ['필로', '필로씨코스'] },
  { brand: 'Lancôme', name: 'La Vie Est Belle', aliases: ['라비에벨', '라 비 에 벨'] },
  { brand: 'Calvin Klein', name: 'CK One', aliases: ['CK1', 'CK 원', '씨케이 원'] },
  { brand: 'Yves Saint Laurent', name: 'Black Opium', aliases: ['블랙오피움', '블옵'] },
  { brand: 'Carolina Herrera', name: 'Good Girl', aliases: ['굿걸'] },
  { brand: 'Hermès', name: "Terre d'Hermès", aliases: ['떼르 데르메스', '테르 데르메스', 'Terre'] },
  { brand: 'Hermès', name: 'Un Jardin sur le Nil', aliases: ['나일강의 정원', '운 자르뎅 수르 닐', '나일 강의 정원'] },
  { brand: 'Viktor&Rolf', name: 'Flowerbomb', aliases: ['플라워 밤'] },
  { brand: 'Dolce & Gabbana', name: 'Light Blue', aliases: ['라이트블루'] },
  { brand: 'Davidoff', name: 'Cool Water', aliases: ['쿨워터'] },
  { brand: 'Rabanne', name: '1 Million', aliases: ['One Million', '원밀리언'] },
];
