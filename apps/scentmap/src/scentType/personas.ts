export interface PersonaText {
  name: { ko: string; en: string };
  portrait: { ko: string; en: string };
}

/**
 * Our own personas, one per pair of leading families (the pair's order as in SCENT_FAMILIES; one
 * family twice when both leading accords belong to it). Written for Scentence; no test or quiz
 * of anyone else's is behind them.
 */
export const PERSONAS = {
  'citrus-citrus': {
    name: { ko: '햇살 수집가', en: 'Sunlight Collector' },
    portrait: {
      ko: '갓 짜낸 레몬과 오렌지 껍질처럼 밝고 경쾌한 향을 좋아해요. 그날의 기분을 향으로 고르는 사람이에요.',
      en: 'You love scents as bright as freshly zested lemon and orange peel, and choose the mood of the day by its scent.',
    },
  },
  'citrus-fresh': {
    name: { ko: '바닷바람 산책자', en: 'Sea-Breeze Stroller' },
    portrait: {
      ko: '상큼한 시트러스에 물기 어린 그린과 허브가 더해진, 가볍고 깨끗한 향을 찾아요.',
      en: 'Zesty citrus with dewy greens and herbs: you look for light, clean, effortless scents.',
    },
  },
  'citrus-floral': {
    name: { ko: '정원의 아침', en: 'Garden Morning' },
    portrait: {
      ko: '꽃잎 위에서 과일 향이 반짝이는, 밝고 사랑스러운 향을 즐겨요.',
      en: 'Fruit sparkling over petals: you enjoy bright, cheerful florals.',
    },
  },
  'citrus-soft': {
    name: { ko: '비누 거품 같은 사람', en: 'Soap-Bubble Soul' },
    portrait: {
      ko: '상큼하게 시작해 포근한 머스크로 남는, 깨끗한 살냄새 같은 향이 잘 어울려요.',
      en: 'A zesty opening that settles into soft musk, like clean skin, suits you best.',
    },
  },
  'citrus-sweet': {
    name: { ko: '과일 타르트 애호가', en: 'Fruit Tart Lover' },
    portrait: {
      ko: '새콤한 과일에 설탕 옷을 입힌 듯한, 기분 좋은 디저트 같은 향에 끌려요.',
      en: 'Tangy fruit with a sugar glaze: you are drawn to scents that feel like dessert.',
    },
  },
  'citrus-amber': {
    name: { ko: '향신료 시장 여행자', en: 'Spice Market Traveller' },
    portrait: {
      ko: '오렌지 껍질과 따뜻한 향신료가 만나는, 밝으면서도 깊이 있는 향을 즐겨요.',
      en: 'Orange peel meets warm spice: you enjoy scents that are bright and deep at once.',
    },
  },
  'citrus-woody': {
    name: { ko: '지중해 방랑자', en: 'Mediterranean Wanderer' },
    portrait: {
      ko: '베르가못과 시더우드처럼 산뜻함과 단정함을 함께 지닌 향이 당신과 어울려요.',
      en: 'Bergamot over cedar: scents that are fresh and neatly composed are yours.',
    },
  },
  'fresh-fresh': {
    name: { ko: '숲속에서 숨 쉬는 사람', en: 'Forest Breather' },
    portrait: {
      ko: '비 온 뒤 풀잎, 바닷바람, 허브처럼 맑고 투명한 향에서 편안함을 느껴요.',
      en: 'Rain on leaves, sea air and herbs: clear, transparent scents put you at ease.',
    },
  },
  'fresh-floral': {
    name: { ko: '이슬 맺힌 꽃', en: 'Dewy Bloom' },
    portrait: {
      ko: '물기를 머금은 꽃잎처럼 싱그럽고 투명한 플로럴을 좋아해요.',
      en: 'You love florals as fresh and sheer as petals covered in morning dew.',
    },
  },
  'fresh-soft': {
    name: { ko: '갓 세탁한 셔츠', en: 'Fresh Laundry' },
    portrait: {
      ko: '햇볕에 말린 린넨처럼 단정하고 편안한 향이 당신의 향이에요.',
      en: 'Clean linen dried in the sun: neat, comfortable scents are yours.',
    },
  },
  'fresh-sweet': {
    name: { ko: '민트 캔디 탐험가', en: 'Mint Candy Explorer' },
    portrait: {
      ko: '시원한 허브에 달콤함이 살짝 더해진, 장난기 있는 향을 즐겨요.',
      en: 'Cool herbs with a touch of sugar: you enjoy playful, fresh scents.',
    },
  },
  'fresh-amber': {
    name: { ko: '겨울 산책자', en: 'Winter Walker' },
    portrait: {
      ko: '차가운 공기 속 따뜻한 향신료처럼, 대비가 뚜렷한 향에 끌려요.',
      en: 'Warm spice in cold air: you are drawn to scents of contrast.',
    },
  },
  'fresh-woody': {
    name: { ko: '숲 해설가', en: 'Forest Guide' },
    portrait: {
      ko: '허브와 이끼, 나무가 어우러진 클래식하고 깔끔한 향을 좋아해요.',
      en: 'Herbs, moss and wood together: you like classic, crisp scents.',
    },
  },
  'floral-floral': {
    name: { ko: '꽃다발 큐레이터', en: 'Bouquet Curator' },
    portrait: {
      ko: '장미, 자스민, 튜베로즈까지, 활짝 핀 꽃향기 그 자체를 사랑해요.',
      en: 'Rose, jasmine, tuberose: you love flowers in full bloom.',
    },
  },
  'floral-soft': {
    name: { ko: '파우더 룸의 시인', en: 'Powder-Room Poet' },
    portrait: {
      ko: '아이리스와 머스크가 감싸는, 부드럽고 우아한 플로럴을 즐겨요.',
      en: 'Flowers wrapped in iris and musk: you enjoy soft, elegant florals.',
    },
  },
  'floral-sweet': {
    name: { ko: '로맨틱 컨펙션', en: 'Romantic Confection' },
    portrait: {
      ko: '꽃향기에 바닐라와 달콤함이 더해진, 사랑스럽고 로맨틱한 향이 어울려요.',
      en: 'Flowers with vanilla and sugar: sweet, romantic scents suit you.',
    },
  },
  'floral-amber': {
    name: { ko: '밤의 정원사', en: 'Night Gardener' },
    portrait: {
      ko: '따뜻한 앰버와 향신료 속에서 피어나는 관능적인 꽃향기를 좋아해요.',
      en: 'Flowers blooming in warm amber and spice: you like sensual florals.',
    },
  },
  'floral-woody': {
    name: { ko: '고전 영화의 주인공', en: 'Classic Film Lead' },
    portrait: {
      ko: '꽃과 이끼, 나무가 어우러진 우아하고 성숙한 향을 즐겨요.',
      en: 'Flowers over moss and wood: you enjoy elegant, grown-up scents.',
    },
  },
  'soft-soft': {
    name: { ko: '캐시미어 코지', en: 'Cashmere Cosy' },
    portrait: {
      ko: '머스크와 파우더, 크림처럼 피부 가까이 머무는 포근한 향을 좋아해요.',
      en: 'Musk, powder and cream: you like soft scents that stay close to the skin.',
    },
  },
  'soft-sweet': {
    name: { ko: '포근한 담요', en: 'Warm Blanket' },
    portrait: {
      ko: '바닐라와 머스크가 감싸는, 안기고 싶은 따뜻하고 달콤한 향이 당신의 향이에요.',
      en: 'Vanilla and musk: warm, sweet scents you want to wrap yourself in are yours.',
    },
  },
  'soft-amber': {
    name: { ko: '촛불 아래 독서가', en: 'Candlelight Reader' },
    portrait: {
      ko: '부드러운 파우더와 따뜻한 앰버가 만나는, 차분하고 깊은 향을 즐겨요.',
      en: 'Soft powder meets warm amber: you enjoy calm, deep scents.',
    },
  },
  'soft-woody': {
    name: { ko: '조용한 갤러리', en: 'Quiet Gallery' },
    portrait: {
      ko: '깨끗한 머스크와 은은한 나무 향처럼, 절제된 세련미가 느껴지는 향을 좋아해요.',
      en: 'Clean musk and gentle wood: you like understated, refined scents.',
    },
  },
  'sweet-sweet': {
    name: { ko: '구르망 미식가', en: 'Gourmand Gourmet' },
    portrait: {
      ko: '캐러멜, 바닐라, 초콜릿처럼 맛있는 향에 망설임 없이 끌려요.',
      en: 'Caramel, vanilla, chocolate: you follow delicious scents without hesitation.',
    },
  },
  'sweet-amber': {
    name: { ko: '벽난로 앞의 몽상가', en: 'Fireside Dreamer' },
    portrait: {
      ko: '바닐라가 앰버와 레진에 녹아든, 따뜻하고 진한 향을 사랑해요.',
      en: 'Vanilla melted into amber and resin: you love warm, rich scents.',
    },
  },
  'sweet-woody': {
    name: { ko: '통카 카페 단골', en: 'Tonka Café Regular' },
    portrait: {
      ko: '달콤함과 나무의 깊이가 균형을 이루는, 편안하고 중독적인 향을 즐겨요.',
      en: 'Sweetness balanced by woody depth: you enjoy comforting, addictive scents.',
    },
  },
  'amber-amber': {
    name: { ko: '앰버 항해자', en: 'Amber Voyager' },
    portrait: {
      ko: '향신료와 레진, 앰버가 겹겹이 쌓인 진하고 이국적인 향에 끌려요.',
      en: 'Layers of spice, resin and amber: you are drawn to rich, far-travelled scents.',
    },
  },
  'amber-woody': {
    name: { ko: '한밤의 서재', en: 'Midnight Library' },
    portrait: {
      ko: '스파이시한 온기와 짙은 나무 향, 깊이 있고 신비로운 향이 당신과 어울려요.',
      en: 'Spiced warmth and dark wood: deep, mysterious scents suit you.',
    },
  },
  'woody-woody': {
    name: { ko: '숲의 건축가', en: 'Forest Architect' },
    portrait: {
      ko: '샌달우드, 베티버, 가죽과 스모키까지, 단단하고 깊은 나무 향을 사랑해요.',
      en: 'Sandalwood, vetiver, leather and smoke: you love solid, deep woods.',
    },
  },
} as const satisfies Record<string, PersonaText>;

export type PersonaKey = keyof typeof PERSONAS;

/** Before anything is explored or owned. */
export const EXPLORER_PERSONA: PersonaText = {
  name: { ko: '첫 향을 찾는 탐험가', en: 'New Explorer' },
  portrait: {
    ko: '아직 지도를 둘러보는 중이에요. 마음에 드는 향수를 몇 개 열어 보면 당신의 향 유형이 보여요.',
    en: 'You are still looking around the map. Open a few perfumes you like and your scent type appears.',
  },
};
