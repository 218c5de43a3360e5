import type { Description } from './accordDescriptions';
import type { AccordKey } from './accords';

/** What common notes smell like, keyed by note slug (lower-case, hyphenated: 'pink-pepper'). */
export const NOTE_DESCRIPTIONS: Record<string, Description & { family: AccordKey }> = {
  bergamot: {
    family: 'citrus',
    ko: '이탈리아 남부에서 주로 나는 시트러스 껍질의 향으로, 상큼하면서도 살짝 쌉싸름하고 꽃 같은 뉘앙스가 있습니다. 얼그레이 홍차의 향으로도 익숙하며 수많은 향수의 첫 향을 밝혀 줍니다.',
    en: 'The peel of a citrus fruit grown mainly in southern Italy, zesty and slightly bitter with a floral edge. Familiar as the flavour of Earl Grey tea, it brightens the opening of countless perfumes.',
  },
  jasmine: {
    family: 'white_floral',
    ko: '달콤하고 진하며 은근히 관능적인 흰 꽃의 향입니다. 향이 가장 짙은 이른 아침에 꽃을 따며, 플로럴 향수의 심장 역할을 자주 맡습니다.',
    en: 'A heady, sweet white flower with a subtly sensual, almost animalic depth. The blossoms are picked at dawn when their scent is strongest, and they sit at the heart of many floral perfumes.',
  },
  vanilla: {
    family: 'vanilla',
    ko: '난초 열매인 바닐라 꼬투리를 발효·건조해 얻는 달콤하고 따뜻한 향입니다. 포근하고 편안한 잔향을 남겨 베이스 노트로 가장 사랑받습니다.',
    en: 'The sweet, warm scent of cured vanilla pods, the fruit of an orchid. It leaves a cosy, comforting trail and is one of the most loved base notes.',
  },
  musk: {
    family: 'musky',
    ko: '따뜻한 피부를 떠올리게 하는 부드럽고 은은한 향입니다. 오늘날에는 동물성 원료 대신 합성 머스크를 쓰며, 다른 향을 피부에 오래 붙잡아 주는 역할을 합니다.',
    en: 'A soft, quiet scent reminiscent of warm skin. Modern perfumes use synthetic musks rather than animal sources, and they help the other notes cling to the skin for longer.',
  },
  cedar: {
    family: 'woody',
    ko: '갓 깎은 연필을 떠올리게 하는 건조하고 깔끔한 나무 향입니다. 향 전체에 단단한 뼈대를 세워 주어 남녀 향수 모두에 널리 쓰입니다.',
    en: 'A dry, clean wood that smells like freshly sharpened pencils. It gives a fragrance a firm backbone and is used widely in both feminine and masculine scents.',
  },
  sandalwood: {
    family: 'woody',
    ko: '우유처럼 부드럽고 크리미한 나무 향으로, 은은한 달콤함이 오래 남습니다. 명상과 사원의 분위기를 떠올리게 하는 차분한 노트입니다.',
    en: 'A soft, milky and creamy wood with a gentle sweetness that lasts. Its calm character recalls meditation and temples.',
  },
  amber: {
    family: 'amber',
    ko: '호박 보석이 아니라 라브다넘, 벤조인, 바닐라 등을 섞어 만든 따뜻하고 달콤한 향입니다. 피부 위에서 꿀빛처럼 퍼지며 깊고 포근한 베이스를 만듭니다.',
    en: 'Not the fossil gem but a warm, sweet blend of labdanum, benzoin, vanilla and similar materials. It glows on the skin like honey and builds a deep, cosy base.',
  },
  rose: {
    family: 'floral',
    ko: '꽃의 여왕이라 불리는 장미는 꿀처럼 달콤한 향부터 이슬 맺힌 싱그러운 향, 잼 같은 진한 향까지 다양한 얼굴을 가지고 있습니다. 불가리아와 터키의 다마스크 장미, 프랑스 그라스의 센티폴리아 장미가 유명합니다.',
    en: 'Called the queen of flowers, rose can smell honeyed, dewy and fresh, or rich and jammy. Damask roses from Bulgaria and Turkey and centifolia roses from Grasse are the best known.',
  },
  patchouli: {
    family: 'earthy',
    ko: '말린 잎에서 얻는 흙내음 가득한 향으로, 축축한 숲과 초콜릿, 약간의 장뇌 느낌이 함께 납니다. 향에 깊이와 지속력을 더해 주는 대표적인 베이스 노트입니다.',
    en: 'An earthy scent from dried leaves, with hints of damp forest, dark chocolate and a touch of camphor. A classic base note that adds depth and staying power.',
  },
  vetiver: {
    family: 'woody',
    ko: '풀의 뿌리에서 얻는 향으로, 흙내음과 스모키함, 살짝 자몽 같은 쌉싸름함이 어우러집니다. 아이티와 자바산이 유명하며 단정하고 세련된 인상을 줍니다.',
    en: 'Distilled from the roots of a grass, vetiver is earthy and smoky with a slightly bitter, grapefruit-like edge. Haitian and Javanese vetiver are well known, and it gives a neat, refined impression.',
  },
  'white-musk': {
    family: 'musky',
    ko: '갓 세탁한 빨래나 보송한 이불처럼 깨끗하고 비누 같은 머스크입니다. 부담 없이 가볍게 퍼져 데일리 향수에서 특히 인기가 많습니다.',
    en: 'A clean, soapy musk that smells like fresh laundry or soft bed linen. It diffuses lightly and is especially popular in everyday fragrances.',
  },
  mandarin: {
    family: 'citrus',
    ko: '오렌지보다 달콤하고 부드러운 귤껍질의 향입니다. 상큼함이 둥글어 밝고 친근한 첫 인상을 만들어 줍니다.',
    en: 'The peel of the mandarin, sweeter and softer than orange. Its rounded zest gives a bright, friendly opening.',
  },
  lemon: {
    family: 'citrus',
    ko: '새콤하고 날카로운 레몬 껍질의 향으로, 맑고 깨끗한 인상을 줍니다. 코롱과 여름 향수의 첫 향에서 자주 만날 수 있습니다.',
    en: 'The sharp, tangy scent of lemon peel, clean and clear. It turns up in the opening of colognes and summer fragrances.',
  },
  lavender: {
    family: 'aromatic',
    ko: '허브의 상쾌함과 꽃의 부드러움을 함께 지닌 향으로, 마음을 차분하게 가라앉혀 줍니다. 프랑스 프로방스가 유명하며 푸제르 향수의 핵심 재료입니다.',
    en: 'Herbal freshness and floral softness in one, with a famously calming effect. Provence is known for it, and it is a key ingredient in fougère perfumes.',
  },
  'tonka-bean': {
    family: 'sweet',
    ko: '남미에서 나는 콩으로, 바닐라와 아몬드, 건초, 담배를 섞은 듯한 달콤하고 따뜻한 향이 납니다. 쿠마린이라는 성분 덕분에 포근하고 중독성 있는 잔향을 남깁니다.',
    en: 'A South American bean that smells like a warm mix of vanilla, almond, hay and tobacco. Its coumarin gives a cosy, addictive dry-down.',
  },
  iris: {
    family: 'powdery',
    ko: '붓꽃 뿌리를 수년간 숙성해 얻는 귀한 원료로, 파우더리하고 버터 같은 부드러움에 살짝 당근 같은 흙내음이 있습니다. 차분하고 고급스러운 인상을 줍니다.',
    en: 'A precious material from iris roots aged for several years, powdery and buttery with a faint, earthy carrot-like nuance. It feels calm and luxurious.',
  },
  'orange-blossom': {
    family: 'white_floral',
    ko: '비터 오렌지 나무의 하얀 꽃에서 나는 꿀처럼 달콤하고 화사한 향입니다. 지중해의 봄과 신부의 부케를 떠올리게 하는 밝은 화이트 플로럴입니다.',
    en: 'The honeyed, radiant scent of the white flowers of the bitter orange tree. A sunny white floral that recalls Mediterranean springs and bridal bouquets.',
  },
  'pink-pepper': {
    family: 'spicy',
    ko: '진짜 후추가 아닌 분홍색 열매로, 톡 쏘면서도 장미처럼 살짝 달콤하고 상쾌한 향이 납니다. 첫 향에 반짝이는 활기를 더해 줍니다.',
    en: 'Not a true pepper but a pink berry that is fizzy, fresh and slightly rosy-sweet. It adds a sparkling lift to the opening.',
  },
  cardamom: {
    family: 'spicy',
    ko: '시원하면서도 달콤한 향신료로, 유칼립투스 같은 청량감과 은은한 따뜻함이 함께 느껴집니다. 세련된 스파이스 향을 원할 때 자주 쓰입니다.',
    en: 'A cool yet sweet spice with a eucalyptus-like freshness and gentle warmth. A go-to for an elegant spicy touch.',
  },
  grapefruit: {
    family: 'citrus',
    ko: '쌉싸름하고 즙이 많은 자몽의 향으로, 다른 시트러스보다 한층 시원하고 경쾌합니다. 활동적이고 깨끗한 인상을 줍니다.',
    en: 'Juicy and pleasantly bitter, grapefruit feels cooler and livelier than most citrus. It gives a sporty, clean impression.',
  },
  leather: {
    family: 'leathery',
    ko: '가죽 제품에서 나는 건조하고 살짝 스모키한 향으로, 자작나무 타르나 합성 원료로 재현합니다. 세련되고 자신감 있는 분위기를 더해 줍니다.',
    en: 'The dry, slightly smoky smell of leather goods, recreated with birch tar or synthetic materials. It adds a polished, confident mood.',
  },
  oakmoss: {
    family: 'chypre',
    ko: '참나무에 자라는 지의류에서 얻는 향으로, 축축한 숲 바닥과 잉크 같은 쌉싸름함이 있습니다. 시프레 향수의 핵심 재료이며 현재는 규제에 맞춘 원료를 사용합니다.',
    en: 'Taken from a lichen that grows on oak trees, oakmoss smells of damp forest floor with an inky bitterness. It is the cornerstone of chypre perfumes and is now used in regulation-compliant forms.',
  },
  benzoin: {
    family: 'resinous',
    ko: '동남아시아 때죽나무류의 수지로, 바닐라를 닮은 달콤하고 따뜻한 발삼 향이 납니다. 향을 부드럽게 감싸며 오래 머무르게 합니다.',
    en: 'A resin from Southeast Asian styrax trees with a sweet, warm, vanilla-like balsamic smell. It wraps a fragrance softly and helps it last.',
  },
  neroli: {
    family: 'citrus',
    ko: '비터 오렌지 꽃을 증류해 얻는 향으로, 시트러스의 상쾌함과 은은한 꿀 향, 초록빛 뉘앙스가 어우러집니다. 코롱에 빠지지 않는 맑고 깨끗한 노트입니다.',
    en: 'Steam-distilled from bitter orange blossoms, neroli combines citrus freshness with a hint of honey and green. A clear, clean note that is a staple of colognes.',
  },
  violet: {
    family: 'powdery',
    ko: '제비꽃의 달콤하고 파우더리한 향으로, 옛날 사탕이나 화장품을 떠올리게 합니다. 아련하고 로맨틱한 분위기를 만듭니다.',
    en: 'The sweet, powdery scent of violets that recalls old-fashioned sweets and cosmetics. It creates a wistful, romantic mood.',
  },
  peach: {
    family: 'fruity',
    ko: '잘 익은 복숭아의 벨벳처럼 부드럽고 즙이 많은 향입니다. 달콤하고 살결 같은 느낌이 있어 사랑스러운 인상을 줍니다.',
    en: 'The velvety, juicy scent of a ripe peach. Its sweet, skin-like softness feels charming and tender.',
  },
  geranium: {
    family: 'floral',
    ko: '잎에서 얻는 향으로, 장미를 닮은 꽃 향에 민트 같은 초록빛 상쾌함이 더해져 있습니다. 플로럴과 남성 향수 모두에 두루 쓰입니다.',
    en: 'Taken from the leaves, geranium smells rosy with a green, minty freshness. It works in florals and masculine fragrances alike.',
  },
  cinnamon: {
    family: 'spicy',
    ko: '나무껍질에서 얻는 따뜻하고 달콤한 향신료의 향입니다. 갓 구운 빵과 따뜻한 음료를 떠올리게 해 겨울 향수에 잘 어울립니다.',
    en: 'The warm, sweet spice of tree bark. It recalls fresh pastries and hot drinks, which makes it a natural fit for winter scents.',
  },
  nutmeg: {
    family: 'spicy',
    ko: '따뜻하고 살짝 달콤하며 나무 같은 느낌이 있는 향신료입니다. 과하지 않게 향에 온기와 깊이를 더해 줍니다.',
    en: 'A warm spice that is slightly sweet and woody. It adds warmth and depth without shouting.',
  },
  pear: {
    family: 'fruity',
    ko: '아삭하고 물기 많은 배의 달콤하고 시원한 향입니다. 깨끗하고 산뜻한 과일 향을 원할 때 자주 쓰입니다.',
    en: 'The crisp, watery sweetness of a juicy pear. A favourite when a perfume calls for a clean, fresh fruit.',
  },
  orange: {
    family: 'citrus',
    ko: '달콤한 오렌지 껍질에서 나는 즙 많고 밝은 향입니다. 유쾌하고 따뜻한 햇살 같은 첫 인상을 줍니다.',
    en: 'The juicy, cheerful scent of sweet orange peel. It opens a fragrance like warm sunshine.',
  },
  'lily-of-the-valley': {
    family: 'floral',
    ko: '은방울꽃의 맑고 이슬 맺힌 듯한 초록빛 꽃 향입니다. 꽃에서 향을 추출할 수 없어 여러 원료로 재현하며, 봄과 행운을 상징합니다.',
    en: 'A clear, dewy green floral scent. The flower yields no usable oil, so perfumers rebuild it from other materials, and it is a symbol of spring and good luck.',
  },
  tuberose: {
    family: 'white_floral',
    ko: '밤에 향이 짙어지는 흰 꽃으로, 크리미하고 버터 같으며 매우 풍성하고 관능적입니다. 존재감이 강해 드라마틱한 향수의 주인공으로 자주 쓰입니다.',
    en: 'A white flower that grows stronger at night, creamy, buttery and intensely lush and sensual. Its big presence makes it the star of many dramatic perfumes.',
  },
  frankincense: {
    family: 'resinous',
    ko: '유향나무의 수지로, 레몬과 후추 같은 밝은 향에 은은한 연기가 어우러집니다. 오래된 성당과 의식을 떠올리게 하는 신비로운 노트입니다.',
    en: 'A tree resin with bright lemon and pepper facets wrapped in soft smoke. A mystical note that brings old churches and rituals to mind.',
  },
  ginger: {
    family: 'spicy',
    ko: '생강 뿌리의 톡 쏘면서도 레몬 같은 상쾌함이 있는 향신료 향입니다. 따뜻함과 시원함을 동시에 주어 활기찬 느낌을 더합니다.',
    en: 'The zesty, lemony kick of fresh ginger root. It is warming and refreshing at once and adds energy to a blend.',
  },
  blackcurrant: {
    family: 'fruity',
    ko: '카시스라고도 불리며, 새콤달콤한 과즙에 새순 같은 초록빛 쌉싸름함이 함께합니다. 생기 있고 개성 있는 과일 향을 만듭니다.',
    en: 'Also called cassis, it pairs tart, sweet juice with the green bitterness of the buds. It makes for a lively fruit note with character.',
  },
  'guaiac-wood': {
    family: 'woody',
    ko: '남미산 나무에서 얻는 향으로, 스모키하고 살짝 장미 같은 달콤함이 있습니다. 모닥불 곁의 따뜻한 분위기를 더해 줍니다.',
    en: 'From a South American tree, guaiac wood is smoky with a faintly rosy sweetness. It brings the warmth of sitting by a fire.',
  },
  tobacco: {
    family: 'smoky',
    ko: '말린 담뱃잎의 꿀 같은 달콤함과 건초, 은은한 연기가 어우러진 향입니다. 파이프 담배처럼 따뜻하고 클래식한 분위기를 줍니다.',
    en: 'Dried tobacco leaf with honeyed sweetness, hay and a wisp of smoke. Warm and classic, like pipe tobacco.',
  },
  'black-pepper': {
    family: 'spicy',
    ko: '건조하고 날카로운 통후추의 향으로, 향에 선명한 긴장감을 줍니다. 시트러스나 우디 노트와 만나 세련되고 남성적인 인상을 냅니다.',
    en: 'The dry, crisp bite of black peppercorns, adding sharp tension. With citrus or woods it reads sleek and masculine.',
  },
  mint: {
    family: 'aromatic',
    ko: '멘톨의 시원함이 느껴지는 상쾌한 허브 향입니다. 첫 향을 시원하게 열어 주어 여름 향수에 잘 어울립니다.',
    en: 'A refreshing herb with the cooling chill of menthol. It opens a fragrance with a cool breeze and suits summer scents.',
  },
  'ylang-ylang': {
    family: 'white_floral',
    ko: '코모로와 마다가스카르에서 나는 노란 꽃으로, 크리미하고 바나나나 커스터드를 닮은 달콤함이 있습니다. 이국적이고 관능적인 분위기를 만듭니다.',
    en: 'A yellow flower from the Comoros and Madagascar, creamy with a sweetness reminiscent of banana and custard. It creates an exotic, sensual mood.',
  },
  peony: {
    family: 'floral',
    ko: '작약의 장미를 닮은 싱그럽고 촉촉한 꽃 향입니다. 가볍고 사랑스러워 봄 향수에 자주 등장합니다.',
    en: 'A fresh, dewy floral scent with a rosy side. Light and pretty, it appears often in spring perfumes.',
  },
  coriander: {
    family: 'spicy',
    ko: '고수 씨앗에서 얻는 향으로, 시트러스 같은 상쾌함과 은은한 스파이스, 꽃 같은 뉘앙스가 있습니다. 잎과 달리 부드럽고 따뜻한 향이 납니다.',
    en: 'From coriander seeds, it is citrusy and gently spicy with a floral nuance. Unlike the leaves, the seeds smell soft and warm.',
  },
  ambroxan: {
    family: 'musky',
    ko: '앰버그리스의 향을 재현한 합성 원료로, 깨끗한 나무와 미네랄, 따뜻한 살결 같은 느낌이 납니다. 확산력과 지속력이 뛰어나 현대 향수에 많이 쓰입니다.',
    en: 'A synthetic recreation of ambergris that smells of clean wood, minerals and warm skin. Its strong diffusion and lasting power make it a modern favourite.',
  },
  rosemary: {
    family: 'aromatic',
    ko: '솔잎과 장뇌를 닮은 시원하고 상쾌한 허브 향입니다. 머리를 맑게 해 주는 느낌이라 코롱과 아로마틱 향수에 자주 쓰입니다.',
    en: 'A cool, invigorating herb with pine and camphor facets. It feels clarifying and is common in colognes and aromatic scents.',
  },
  ambergris: {
    family: 'animalic',
    ko: '향유고래에게서 나와 바다에서 오랜 시간 숙성된 귀한 원료로, 짭짤하고 달콤하며 살결 같은 향이 납니다. 오늘날에는 대부분 합성 원료로 재현합니다.',
    en: 'A rare material from sperm whales, aged for years at sea, that smells salty, sweet and skin-like. Today it is mostly recreated with synthetics.',
  },
  sage: {
    family: 'aromatic',
    ko: '살짝 장뇌 같고 흙내음이 나는 차분한 허브 향입니다. 깨끗하고 절제된 인상을 줍니다.',
    en: 'A calm herb that is slightly camphorous and earthy. It gives a clean, restrained impression.',
  },
  basil: {
    family: 'aromatic',
    ko: '초록빛 싱그러움에 아니스 같은 달콤함과 후추 같은 톡 쏘는 느낌이 있는 허브 향입니다. 시트러스와 만나 밝고 상쾌한 향을 만듭니다.',
    en: 'A green herb with anise-like sweetness and a peppery bite. With citrus it makes a bright, fresh accord.',
  },
  gardenia: {
    family: 'white_floral',
    ko: '치자꽃의 크리미하고 풍성한 흰 꽃 향으로, 살짝 버섯 같은 촉촉함이 있습니다. 추출이 어려워 주로 다른 원료로 재현합니다.',
    en: 'A creamy, lush white flower with a slightly mushroomy, moist facet. It is hard to extract, so it is usually recreated from other materials.',
  },
  'violet-leaf': {
    family: 'green',
    ko: '제비꽃 잎에서 얻는 향으로, 오이처럼 싱그럽고 물기 어린 초록빛 향이 납니다. 꽃과는 달리 날카롭고 청량합니다.',
    en: 'From violet leaves, it smells green, watery and cucumber-fresh. Unlike the flower, it is sharp and crisp.',
  },
  'juniper-berry': {
    family: 'aromatic',
    ko: '진의 향을 내는 열매로, 송진 같은 상쾌함과 후추 같은 톡 쏘는 느낌이 있습니다. 맑고 시원한 첫 향을 만들어 줍니다.',
    en: 'The berry that flavours gin, resinous and fresh with a peppery snap. It creates a clear, cool opening.',
  },
  freesia: {
    family: 'floral',
    ko: '가볍고 맑으며 살짝 후추 같은 뉘앙스가 있는 꽃 향입니다. 깨끗하고 투명한 플로럴 향수에 자주 쓰입니다.',
    en: 'A light, clear flower with a faint peppery nuance. It often appears in clean, sheer florals.',
  },
  magnolia: {
    family: 'floral',
    ko: '목련의 크리미하면서도 레몬 같은 상큼함이 있는 꽃 향입니다. 우아하고 산뜻한 봄의 분위기를 줍니다.',
    en: 'A creamy flower with a lemony freshness. It brings an elegant, airy spring mood.',
  },
  incense: {
    family: 'smoky',
    ko: '수지를 태울 때 피어오르는 연기의 향으로, 건조하고 신비로우며 명상적입니다. 사원이나 성당의 고요한 공기를 떠올리게 합니다.',
    en: 'The smoke rising from burning resins, dry, mysterious and meditative. It recalls the hushed air of temples and churches.',
  },
  cashmeran: {
    family: 'woody',
    ko: '캐시미어처럼 부드럽고 따뜻한 합성 원료로, 머스크와 나무, 은은한 스파이스가 섞인 향이 납니다. 포근하게 감싸는 잔향을 만듭니다.',
    en: 'A synthetic material as soft and warm as cashmere, blending musk, wood and a hint of spice. It gives a cosy, enveloping dry-down.',
  },
  osmanthus: {
    family: 'floral',
    ko: '가을에 피는 금목서의 향으로, 살구 같은 과일 향과 부드러운 가죽 같은 뉘앙스가 어우러집니다. 동아시아에서 사랑받는 꽃입니다.',
    en: 'An autumn-blooming flower whose scent mixes apricot-like fruit with a soft, leathery nuance. It is much loved across East Asia.',
  },
  pepper: {
    family: 'spicy',
    ko: '후추 열매의 건조하고 톡 쏘는 향입니다. 향에 생동감과 약간의 날카로움을 더해 줍니다.',
    en: 'The dry, prickly scent of peppercorns. It adds liveliness and a little edge to a fragrance.',
  },
  plum: {
    family: 'fruity',
    ko: '잘 익은 자두의 진하고 잼 같은 달콤한 향입니다. 어둡고 풍성한 과일 향이라 가을·겨울 향수에 잘 어울립니다.',
    en: 'The dark, jammy sweetness of a ripe plum. Its rich fruit suits autumn and winter fragrances.',
  },
  almond: {
    family: 'gourmand',
    ko: '마지팬을 떠올리게 하는 고소하고 달콤한 향으로, 살짝 쌉싸름한 뉘앙스가 있습니다. 포근한 구르망 향수에 자주 쓰입니다.',
    en: 'A nutty, sweet scent that recalls marzipan, with a slightly bitter edge. It often appears in cosy gourmands.',
  },
  honey: {
    family: 'sweet',
    ko: '꿀의 진하고 달콤하며 밀랍 같은 향으로, 때로는 은근히 관능적인 느낌도 있습니다. 향에 따뜻한 황금빛 깊이를 줍니다.',
    en: 'The rich, sweet, waxy scent of honey, sometimes with a subtly sensual side. It lends a warm, golden depth.',
  },
  aldehyde: {
    family: 'aldehydic',
    ko: '비누와 왁스, 샴페인 거품을 떠올리게 하는 반짝이는 합성 원료입니다. 향을 밝고 공기처럼 퍼지게 하며 클래식 향수의 상징과도 같습니다.',
    en: 'A sparkling synthetic that recalls soap, wax and champagne bubbles. It makes a fragrance bright and airy and is a signature of classic perfumery.',
  },
  labdanum: {
    family: 'amber',
    ko: '시스투스 관목에서 얻는 끈적한 수지로, 가죽과 꿀, 앰버가 어우러진 따뜻하고 깊은 향이 납니다. 앰버 어코드의 뼈대가 되는 원료입니다.',
    en: 'A sticky resin from the cistus shrub, warm and deep with leathery, honeyed, ambery facets. It is the backbone of the amber accord.',
  },
  coconut: {
    family: 'creamy',
    ko: '코코넛 과육의 크리미하고 달콤한 향으로, 선크림과 열대 휴양지를 떠올리게 합니다. 여름 향수에 부드러운 온기를 더해 줍니다.',
    en: 'The creamy sweetness of coconut flesh, evoking sunscreen and tropical holidays. It brings soft warmth to summer fragrances.',
  },
  petitgrain: {
    family: 'citrus',
    ko: '비터 오렌지 나무의 잎과 잔가지에서 얻는 향으로, 쌉싸름하고 초록빛이 도는 시트러스 향이 납니다. 코롱에 깔끔한 상쾌함을 줍니다.',
    en: 'From the leaves and twigs of the bitter orange tree, petitgrain is a bitter, green citrus. It gives colognes a clean freshness.',
  },
  raspberry: {
    family: 'fruity',
    ko: '새콤달콤한 라즈베리의 향으로, 잼처럼 진하면서도 상큼합니다. 발랄하고 사랑스러운 인상을 줍니다.',
    en: 'Sweet-tart raspberry, jammy yet bright. It gives a playful, charming impression.',
  },
  caramel: {
    family: 'gourmand',
    ko: '설탕을 녹여 태운 듯한 달콤하고 버터 같은 향입니다. 포근하고 중독성 있는 구르망 향수의 단골 노트입니다.',
    en: 'The sweet, buttery smell of melted, browned sugar. A regular in cosy, addictive gourmands.',
  },
  saffron: {
    family: 'spicy',
    ko: '가장 비싼 향신료 중 하나로, 가죽과 꿀, 살짝 금속 같은 느낌이 어우러진 독특한 향이 납니다. 향에 고급스럽고 이국적인 분위기를 더합니다.',
    en: 'One of the most expensive spices, with a distinctive mix of leather, honey and a faint metallic note. It adds a luxurious, exotic touch.',
  },
  oud: {
    family: 'woody',
    ko: '아가우드라고도 불리며, 침향나무가 상처를 입고 만든 수지에서 얻는 귀한 향입니다. 어둡고 스모키하며 약재 같은 깊은 향이 나고 중동에서 특히 사랑받습니다.',
    en: 'Also called agarwood, oud comes from the resin an aquilaria tree forms when it is wounded. Dark, smoky and medicinal, it is especially treasured in the Middle East.',
  },
  melon: {
    family: 'fruity',
    ko: '물기 많은 멜론의 달콤하고 시원한 향입니다. 1990년대 아쿠아틱 향수에서 자주 쓰인 투명한 과일 노트입니다.',
    en: 'The watery, cool sweetness of a ripe melon. A transparent fruit note much used in the aquatic perfumes of the 1990s.',
  },
  ambrette: {
    family: 'musky',
    ko: '히비스커스 계열 식물의 씨앗에서 얻는 식물성 머스크로, 살결 같은 부드러움에 배나 와인 같은 뉘앙스가 있습니다. 은은하고 고급스러운 잔향을 남깁니다.',
    en: 'A plant-based musk from the seeds of a hibiscus relative, skin-soft with pear- and wine-like nuances. It leaves a subtle, refined trail.',
  },
  carnation: {
    family: 'floral',
    ko: '정향을 닮은 스파이시한 꽃 향입니다. 클래식하고 따뜻한 분위기를 내며 빈티지 향수에서 자주 볼 수 있습니다.',
    en: 'A spicy flower with a clove-like warmth. It feels classic and is common in vintage perfumes.',
  },
  rosewood: {
    family: 'woody',
    ko: '장미를 닮은 부드러운 꽃 향이 나는 나무 향입니다. 원산지 나무가 보호종이 되어 오늘날에는 주로 대체 원료를 씁니다.',
    en: 'A wood with a soft, rose-like floral scent. Because the tree is now protected, perfumers mostly use substitutes.',
  },
  apple: {
    family: 'fruity',
    ko: '아삭한 사과의 상큼하고 달콤한 향입니다. 깨끗하고 생기 있는 첫 인상을 줍니다.',
    en: 'The crisp, sweet-tart scent of a fresh apple. It gives a clean, lively first impression.',
  },
  lime: {
    family: 'citrus',
    ko: '라임의 날카롭고 초록빛이 도는 시트러스 향으로, 시원한 칵테일을 떠올리게 합니다. 짧지만 강렬한 상쾌함을 줍니다.',
    en: 'Sharp, green citrus that calls to mind a cold cocktail. Its freshness is brief but vivid.',
  },
  lotus: {
    family: 'floral',
    ko: '연꽃의 물기 어린 맑고 섬세한 꽃 향입니다. 고요하고 정갈한 분위기를 만듭니다.',
    en: 'A watery, clear and delicate floral scent. It creates a serene, pure mood.',
  },
  heliotrope: {
    family: 'powdery',
    ko: '아몬드와 바닐라를 닮은 파우더리하고 달콤한 꽃 향입니다. 포근하고 아련한 분위기를 냅니다.',
    en: 'A powdery, sweet flower reminiscent of almond and vanilla. It feels soft and nostalgic.',
  },
  lily: {
    family: 'white_floral',
    ko: '백합의 풍성하고 크리미하며 살짝 스파이시한 꽃 향입니다. 우아하고 존재감 있는 화이트 플로럴을 만듭니다.',
    en: 'A rich, creamy lily scent with a slightly spicy edge. It makes for an elegant white floral with presence.',
  },
  myrrh: {
    family: 'resinous',
    ko: '몰약나무의 수지로, 쌉싸름하고 약재 같으며 따뜻한 발삼 향이 납니다. 고대 의식에 쓰이던 깊고 엄숙한 노트입니다.',
    en: 'A tree resin that is bitter, medicinal and warmly balsamic. A deep, solemn note used in ancient rituals.',
  },
  orchid: {
    family: 'floral',
    ko: '실제 꽃향기보다는 상상으로 그려 낸 경우가 많으며, 부드럽고 바닐라를 닮은 달콤한 꽃 향으로 표현됩니다. 이국적이고 관능적인 분위기를 냅니다.',
    en: 'Usually an imagined accord rather than the real flower, rendered as a soft, sweet, vanilla-tinged floral. It feels exotic and sensual.',
  },
  coffee: {
    family: 'gourmand',
    ko: '갓 볶은 원두의 쌉싸름하고 고소한 향입니다. 달콤한 노트와 만나 깊고 중독성 있는 구르망 향을 만듭니다.',
    en: 'The bitter, toasty smell of freshly roasted beans. With sweet notes it makes a deep, addictive gourmand.',
  },
  'green-tea': {
    family: 'green',
    ko: '녹차의 맑고 풀 같으며 살짝 쌉싸름한 향입니다. 차분하고 깨끗한 인상을 줍니다.',
    en: 'Clear, grassy green tea with a faint bitterness. It gives a calm, clean impression.',
  },
  cumin: {
    family: 'spicy',
    ko: '따뜻하고 살짝 땀 냄새 같은 관능적인 뉘앙스가 있는 향신료입니다. 소량으로 향에 대담한 개성을 더합니다.',
    en: 'A warm spice with a slightly sweaty, sensual nuance. A small amount adds bold character.',
  },
  clove: {
    family: 'spicy',
    ko: '정향의 따뜻하고 달콤하며 약간 약재 같은 향신료 향입니다. 향에 깊이와 온기를 더해 줍니다.',
    en: 'A warm, sweet and slightly medicinal spice. It lends depth and warmth.',
  },
  licorice: {
    family: 'sweet',
    ko: '감초의 아니스를 닮은 달콤한 향으로, 캔디 같은 느낌이 있습니다. 향에 독특하고 달콤한 깊이를 줍니다.',
    en: 'A sweet, anise-like scent with a candy feel. It gives a distinctive, sweet depth.',
  },
  blackberry: {
    family: 'fruity',
    ko: '블랙베리의 진하고 잼 같은 달콤함에 살짝 새콤함이 섞인 향입니다. 어둡고 풍성한 과일 향을 만듭니다.',
    en: 'Dark, jammy blackberry sweetness with a little tartness. It makes for a deep, juicy fruit note.',
  },
  amberwood: {
    family: 'woody',
    ko: '건조한 나무와 앰버 느낌을 함께 내는 합성 원료들로, 강한 확산력과 지속력을 가지고 있습니다. 현대 남성 향수와 유니섹스 향수에서 자주 쓰입니다.',
    en: 'Synthetic materials that combine dry wood with an ambery glow, known for strong diffusion and longevity. Common in modern masculine and unisex fragrances.',
  },
  pineapple: {
    family: 'fruity',
    ko: '파인애플의 새콤달콤하고 즙이 많은 열대 과일 향입니다. 밝고 활기찬 첫 향을 만들어 줍니다.',
    en: 'Juicy, tangy-sweet tropical pineapple. It creates a bright, energetic opening.',
  },
  lilac: {
    family: 'floral',
    ko: '라일락의 싱그럽고 살짝 파우더리한 봄꽃 향입니다. 꽃에서 직접 추출하기 어려워 여러 원료로 재현합니다.',
    en: 'A fresh, slightly powdery spring blossom. It is hard to extract, so perfumers recreate it from other materials.',
  },
  papyrus: {
    family: 'woody',
    ko: '파피루스 갈대에서 얻는 건조하고 스모키한 나무 향으로, 초록빛 뉘앙스가 있습니다. 차분하고 지적인 분위기를 줍니다.',
    en: 'A dry, smoky woody scent from the papyrus reed, with a green undertone. It feels calm and intellectual.',
  },
  myrtle: {
    family: 'aromatic',
    ko: '지중해 관목의 잎에서 얻는 상쾌하고 살짝 장뇌 같은 허브 향입니다. 맑고 시원한 초록빛 느낌을 줍니다.',
    en: 'From the leaves of a Mediterranean shrub, myrtle is a fresh, slightly camphorous herb. It gives a clear, cool green feel.',
  },
  'fig-leaf': {
    family: 'green',
    ko: '무화과 잎의 초록빛 수액과 우유 같은 부드러움이 어우러진 향입니다. 지중해의 여름 정원을 떠올리게 합니다.',
    en: 'Green, sappy fig leaves with a milky softness. It evokes a Mediterranean summer garden.',
  },
  fig: {
    family: 'fruity',
    ko: '잘 익은 무화과의 달콤하고 우유 같은 과육 향입니다. 부드럽고 편안한 과일 향을 만듭니다.',
    en: 'The sweet, milky flesh of a ripe fig. It makes for a soft, comforting fruit note.',
  },
  rum: {
    family: 'gourmand',
    ko: '당밀에서 온 달콤함과 술의 따뜻한 기운이 어우러진 향입니다. 향에 진하고 취할 듯한 깊이를 더합니다.',
    en: 'Molasses sweetness with the warmth of spirits. It gives a rich, heady depth.',
  },
  'sea-note': {
    family: 'aquatic',
    ko: '바닷바람과 파도의 시원하고 짭짤한 공기를 표현한 노트입니다. 여름 휴양지의 상쾌함을 떠올리게 합니다.',
    en: 'A note that captures the cool, salty air of sea breeze and waves. It recalls the freshness of a summer by the coast.',
  },
  apricot: {
    family: 'fruity',
    ko: '살구의 벨벳처럼 부드럽고 달콤한 과일 향입니다. 따뜻하고 사랑스러운 분위기를 더해 줍니다.',
    en: 'The velvety, sweet scent of apricot. It adds a warm, endearing touch.',
  },
  'clary-sage': {
    family: 'aromatic',
    ko: '허브의 상쾌함에 머스크와 차 같은 따뜻한 뉘앙스가 더해진 향입니다. 일반 세이지보다 부드럽고 둥근 느낌을 줍니다.',
    en: 'A herb whose freshness carries musky, tea-like warmth. It feels softer and rounder than common sage.',
  },
  yuzu: {
    family: 'citrus',
    ko: '유자의 새콤하고 향긋한 시트러스 향으로, 자몽과 귤 사이 어딘가에 있는 밝은 향입니다. 동아시아의 겨울 과일로 친숙하며 맑고 깨끗한 인상을 줍니다.',
    en: 'A tart, fragrant citrus somewhere between grapefruit and mandarin. Familiar as a winter fruit across East Asia, it gives a clear, clean impression.',
  },
  angelica: {
    family: 'aromatic',
    ko: '안젤리카 뿌리와 씨앗에서 얻는 향으로, 흙내음과 머스크, 후추 같은 허브 향이 어우러집니다. 향에 독특한 깊이를 더해 줍니다.',
    en: 'From angelica roots and seeds, it blends earthy, musky and peppery herbal facets. It adds an unusual depth.',
  },
  'bay-leaf': {
    family: 'aromatic',
    ko: '월계수 잎의 따뜻하고 살짝 정향 같은 허브 향입니다. 아로마틱 향수에 스파이시한 깊이를 더합니다.',
    en: 'A warm herb with a slightly clove-like spice. It gives aromatic fragrances a spicy depth.',
  },
  rhubarb: {
    family: 'green',
    ko: '루바브 줄기의 새콤하고 초록빛이 도는 향으로, 살짝 과일 같은 뉘앙스가 있습니다. 상큼하고 개성 있는 첫 향을 만듭니다.',
    en: 'Tart, green rhubarb stalks with a slightly fruity nuance. It makes for a crisp, quirky opening.',
  },
  cypress: {
    family: 'woody',
    ko: '사이프러스의 송진 같고 건조한 침엽수 향입니다. 지중해의 언덕을 떠올리게 하는 맑고 차분한 나무 향입니다.',
    en: 'A resinous, dry conifer scent. A clear, calm wood that evokes Mediterranean hillsides.',
  },
  'bitter-orange': {
    family: 'citrus',
    ko: '일반 오렌지보다 쌉싸름하고 깊이 있는 시트러스 향입니다. 꽃과 잎, 껍질 모두 향수 원료로 쓰이는 나무에서 얻습니다.',
    en: 'A citrus that is more bitter and deeper than sweet orange. Its tree gives perfumers flowers, leaves and peel alike.',
  },
  'water-lily': {
    family: 'floral',
    ko: '수련의 물기 어린 투명하고 부드러운 꽃 향입니다. 잔잔한 연못처럼 고요한 분위기를 줍니다.',
    en: 'A watery, sheer and gentle floral scent. It feels as still as a quiet pond.',
  },
  opoponax: {
    family: 'resinous',
    ko: '스위트 미르라고도 불리는 수지로, 꿀 같은 달콤함과 따뜻한 발삼 향이 납니다. 앰버 향수에 부드러운 깊이를 더합니다.',
    en: 'Also known as sweet myrrh, this resin smells honeyed and warmly balsamic. It adds soft depth to amber fragrances.',
  },
  elemi: {
    family: 'resinous',
    ko: '필리핀에서 나는 수지로, 레몬과 후추를 닮은 밝고 상쾌한 향이 납니다. 수지 계열 중 가장 가볍고 싱그러운 편입니다.',
    en: 'A resin from the Philippines with a bright, fresh lemon-and-pepper scent. It is one of the lightest and freshest resins.',
  },
  caraway: {
    family: 'spicy',
    ko: '호밀빵에서 익숙한 씨앗 향신료로, 아니스를 닮은 달콤하고 따뜻한 향이 납니다. 향에 독특한 스파이시함을 더합니다.',
    en: 'The seed spice familiar from rye bread, warm and sweet with an anise-like touch. It brings an unusual spiciness.',
  },
  'red-berry': {
    family: 'fruity',
    ko: '딸기, 라즈베리, 크랜베리 같은 붉은 열매들의 새콤달콤한 향입니다. 발랄하고 생기 있는 분위기를 줍니다.',
    en: 'A sweet-tart mix of red fruits such as strawberry, raspberry and cranberry. It brings a playful, lively mood.',
  },
  narcissus: {
    family: 'floral',
    ko: '수선화의 진하고 초록빛이 도는 꽃 향으로, 건초 같은 뉘앙스와 은근한 관능미가 있습니다. 봄의 시작을 알리는 깊은 플로럴입니다.',
    en: 'A heady, green floral with a hay-like nuance and a hint of sensuality. A deep floral that heralds early spring.',
  },
  litchi: {
    family: 'fruity',
    ko: '열대 과일 리치의 즙이 많고 장미를 닮은 달콤한 향입니다. 플로럴 향수에 상큼한 과즙을 더합니다.',
    en: 'The juicy, rose-like sweetness of the tropical litchi fruit. It adds fresh juice to floral perfumes.',
  },
  galbanum: {
    family: 'green',
    ko: '이란 등에서 나는 식물의 수지로, 강렬하고 쌉싸름한 초록빛 향이 납니다. 소량으로도 향 전체를 싱그럽고 날카롭게 만듭니다.',
    en: 'A plant resin, largely from Iran, with an intensely bitter green scent. Even a trace makes a whole fragrance crisp and sharp.',
  },
  'green-apple': {
    family: 'fruity',
    ko: '덜 익은 풋사과의 새콤하고 아삭한 향입니다. 상쾌하고 경쾌한 첫 인상을 줍니다.',
    en: 'The tart, crunchy scent of an unripe green apple. It gives a fresh, upbeat first impression.',
  },
  'sea-salt': {
    family: 'aquatic',
    ko: '바닷물이 마른 뒤 피부에 남은 소금기처럼 미네랄하고 짭짤한 향입니다. 여름 해변의 분위기를 자연스럽게 담아냅니다.',
    en: 'A mineral, salty scent like sea salt drying on the skin. It naturally captures a summer beach.',
  },
  thyme: {
    family: 'aromatic',
    ko: '따뜻하고 살짝 약재 같은 허브 향입니다. 지중해 요리와 들판을 떠올리게 하며 향에 건조한 깊이를 줍니다.',
    en: 'A warm, slightly medicinal herb. It recalls Mediterranean cooking and hillsides and adds a dry depth.',
  },
  cyclamen: {
    family: 'floral',
    ko: '시클라멘의 가볍고 물기 어린 상쾌한 꽃 향입니다. 투명하고 공기 같은 플로럴을 만들어 줍니다.',
    en: 'A light, watery, fresh floral scent. It makes for a sheer, airy floral.',
  },
  mimosa: {
    family: 'powdery',
    ko: '노란 솜뭉치 같은 꽃에서 나는 파우더리하고 꿀 같은 향으로, 아몬드 같은 뉘앙스가 있습니다. 남프랑스의 이른 봄을 떠올리게 합니다.',
    en: 'A powdery, honeyed scent from fluffy yellow blossoms, with an almond-like nuance. It recalls early spring in southern France.',
  },
  hyacinth: {
    family: 'floral',
    ko: '히아신스의 초록빛이 도는 날카롭고 촉촉한 봄꽃 향입니다. 생기 있고 맑은 플로럴을 만듭니다.',
    en: 'A sharp, dewy spring flower with a strong green streak. It makes for a lively, clear floral.',
  },
  strawberry: {
    family: 'fruity',
    ko: '잘 익은 딸기의 달콤하고 사탕 같은 향입니다. 귀엽고 발랄한 분위기를 냅니다.',
    en: 'The sweet, candy-like scent of ripe strawberries. It feels cute and playful.',
  },
  'white-pepper': {
    family: 'spicy',
    ko: '흑후추보다 부드럽고 깨끗한 후추 향입니다. 은은한 스파이스로 향을 세련되게 다듬어 줍니다.',
    en: 'A softer, cleaner pepper than black pepper. Its gentle spice gives a fragrance a polished finish.',
  },
  praline: {
    family: 'gourmand',
    ko: '견과류를 캐러멜화한 설탕으로 감싼 디저트의 고소하고 달콤한 향입니다. 포근하고 먹음직스러운 구르망 향을 만듭니다.',
    en: 'The nutty sweetness of nuts coated in caramelised sugar. It makes for a cosy, mouth-watering gourmand.',
  },
  pomegranate: {
    family: 'fruity',
    ko: '석류의 새콤하고 즙이 많은 선명한 과일 향입니다. 밝고 생기 있는 첫 향을 만듭니다.',
    en: 'The tart, juicy and vivid scent of pomegranate. It creates a bright, lively opening.',
  },
  chocolate: {
    family: 'gourmand',
    ko: '부드럽고 진한 초콜릿의 달콤한 향입니다. 관능적이고 포근한 구르망 향수에 자주 쓰입니다.',
    en: 'The rich, smooth sweetness of chocolate. A frequent guest in sensual, cosy gourmands.',
  },
  cacao: {
    family: 'gourmand',
    ko: '초콜릿보다 쌉싸름하고 건조한 카카오 원두의 향입니다. 달지 않은 깊이로 세련된 구르망을 만듭니다.',
    en: 'Cacao beans, drier and more bitter than chocolate. Their unsweetened depth makes for a sophisticated gourmand.',
  },
  moss: {
    family: 'earthy',
    ko: '숲속 바위와 나무에 낀 이끼의 축축하고 초록빛이 도는 향입니다. 차분하고 자연스러운 깊이를 더해 줍니다.',
    en: 'The damp, green smell of moss on forest rocks and trees. It adds a calm, natural depth.',
  },
  'blood-orange': {
    family: 'citrus',
    ko: '붉은 과육을 가진 오렌지로, 일반 오렌지보다 진하고 베리를 닮은 달콤함이 있습니다. 즙이 많고 활기찬 시트러스 향입니다.',
    en: 'A red-fleshed orange that is richer than the usual kind, with a berry-like sweetness. A juicy, vibrant citrus.',
  },
  suede: {
    family: 'leathery',
    ko: '스웨이드처럼 부드럽고 보송한 가죽의 향입니다. 거친 가죽보다 은은하고 포근한 느낌을 줍니다.',
    en: 'The soft, velvety smell of suede. Gentler and cosier than rugged leather.',
  },
  'pine-needle': {
    family: 'green',
    ko: '솔잎의 상쾌하고 송진 같은 초록빛 향입니다. 맑은 숲속 공기를 들이마시는 듯한 느낌을 줍니다.',
    en: 'Fresh, resinous, green pine needles. It feels like a deep breath of clean forest air.',
  },
  lychee: {
    family: 'fruity',
    ko: '촉촉하고 달콤한 과즙에 장미를 닮은 꽃 향이 살짝 비치는 열대 과일입니다. 로즈 계열 향수와 특히 잘 어울립니다.',
    en: 'A tropical fruit with sweet, moist juice and a faint rosy floral glint. It pairs especially well with rose perfumes.',
  },
  juniper: {
    family: 'aromatic',
    ko: '주니퍼 나무의 열매와 가지에서 나는 송진 같고 상쾌한 향입니다. 진을 떠올리게 하는 시원하고 깔끔한 노트입니다.',
    en: 'The resinous, refreshing scent of the juniper shrub, its berries and branches. A cool, crisp note that recalls gin.',
  },
  cherry: {
    family: 'fruity',
    ko: '체리의 달콤하고 진한 과일 향으로, 아몬드나 리큐어 같은 뉘앙스가 있습니다. 관능적이고 장난스러운 분위기를 함께 줍니다.',
    en: 'A sweet, deep cherry with almond and liqueur nuances. It can feel both sensual and playful.',
  },
  'black-tea': {
    family: 'aromatic',
    ko: '홍차 잎의 건조하고 떫은 향으로, 살짝 스모키하고 꿀 같은 뉘앙스가 있습니다. 차분하고 지적인 분위기를 냅니다.',
    en: 'Dry, tannic black tea leaves with a slightly smoky, honeyed nuance. It gives a calm, thoughtful mood.',
  },
  'bitter-almond': {
    family: 'gourmand',
    ko: '체리 씨앗과 마지팬을 닮은 쌉싸름하고 고소한 아몬드 향입니다. 달콤한 향에 세련된 대비를 줍니다.',
    en: 'A bitter, nutty almond reminiscent of cherry stones and marzipan. It adds a refined contrast to sweet blends.',
  },
  'star-anise': {
    family: 'spicy',
    ko: '별 모양의 향신료로, 감초를 닮은 달콤하고 따뜻한 향이 납니다. 향에 이국적인 스파이스를 더합니다.',
    en: 'A star-shaped spice with a sweet, warm, licorice-like scent. It brings an exotic spice.',
  },
  chestnut: {
    family: 'gourmand',
    ko: '군밤을 떠올리게 하는 고소하고 은은하게 달콤한 향입니다. 겨울 거리의 따뜻한 분위기를 담아냅니다.',
    en: 'A nutty, gently sweet scent like roasted chestnuts. It captures the warmth of a winter street.',
  },
  fir: {
    family: 'woody',
    ko: '전나무의 송진 같고 상쾌한 침엽수 향으로, 크리스마스트리를 떠올리게 합니다. 겨울 숲의 맑은 공기를 담아냅니다.',
    en: 'A resinous, fresh conifer that recalls a Christmas tree. It captures the clear air of a winter forest.',
  },
  tarragon: {
    family: 'aromatic',
    ko: '아니스를 닮은 달콤하고 초록빛이 도는 허브 향입니다. 향에 산뜻하고 독특한 허브 느낌을 더합니다.',
    en: 'A green herb with an anise-like sweetness. It adds a fresh and unusual herbal touch.',
  },
  chamomile: {
    family: 'aromatic',
    ko: '사과와 꿀을 닮은 부드러운 허브 향으로, 캐모마일 차처럼 마음을 편안하게 해 줍니다. 차분하고 따뜻한 분위기를 냅니다.',
    en: 'A soft herb with apple and honey facets, as soothing as a cup of chamomile tea. It gives a calm, warm mood.',
  },
  salt: {
    family: 'aquatic',
    ko: '미네랄하고 짭짤한 소금의 향으로, 향에 바다와 피부의 느낌을 더합니다. 달콤한 노트와 만나면 단짠의 매력을 줍니다.',
    en: 'A mineral, salty note that brings in the sea and skin. Paired with sweet notes it creates a moreish salty-sweet contrast.',
  },
  bamboo: {
    family: 'green',
    ko: '대나무의 가볍고 물기 어린 초록빛 향입니다. 깨끗하고 정갈한 동양적 분위기를 줍니다.',
    en: 'A light, watery green scent of bamboo. It gives a clean, serene, East Asian feel.',
  },
  'peru-balsam': {
    family: 'resinous',
    ko: '남미 나무에서 얻는 발삼으로, 바닐라와 시나몬을 닮은 달콤하고 따뜻한 향이 납니다. 앰버 향수에 부드러운 깊이를 줍니다.',
    en: 'A South American tree balsam with a sweet, warm scent of vanilla and cinnamon. It gives amber fragrances a soft depth.',
  },
  tea: {
    family: 'green',
    ko: '찻잎의 맑고 살짝 쌉싸름한 향입니다. 차분하고 깨끗한 분위기를 원할 때 잘 어울립니다.',
    en: 'The clear, slightly bitter scent of tea leaves. It suits moments when you want calm and clean.',
  },
  seaweed: {
    family: 'aquatic',
    ko: '해초의 짭짤하고 요오드 같은 바다 향입니다. 물기 어린 해안가의 분위기를 사실적으로 표현합니다.',
    en: 'A salty, iodine-like marine scent. It paints a realistic picture of a damp shoreline.',
  },
  cistus: {
    family: 'amber',
    ko: '지중해 관목인 시스투스에서 얻는 향으로, 앰버와 가죽, 허브가 어우러진 따뜻한 향이 납니다. 라브다넘의 원료가 되는 식물입니다.',
    en: 'From the Mediterranean cistus shrub, it smells warm with ambery, leathery and herbal facets. It is the plant labdanum comes from.',
  },
  hay: {
    family: 'green',
    ko: '햇볕에 말린 풀의 건조하고 달콤한 향입니다. 여름 끝자락의 들판처럼 따뜻하고 목가적인 분위기를 줍니다.',
    en: 'The dry, sweet smell of sun-dried grass. It feels warm and pastoral, like a field at the end of summer.',
  },
  'sweet-pea': {
    family: 'floral',
    ko: '스위트피의 가볍고 상쾌하며 살짝 꿀 같은 꽃 향입니다. 맑고 사랑스러운 봄 플로럴을 만듭니다.',
    en: 'A light, fresh flower with a hint of honey. It makes for a clear, pretty spring floral.',
  },
  birch: {
    family: 'smoky',
    ko: '자작나무 타르에서 얻는 스모키하고 가죽 같은 향입니다. 클래식한 가죽 향수의 핵심을 이루는 거칠고 강렬한 노트입니다.',
    en: 'A smoky, leathery scent from birch tar. A rugged, intense note at the heart of classic leather perfumes.',
  },
  verbena: {
    family: 'citrus',
    ko: '레몬 버베나 잎의 레몬 같은 상큼함과 허브 향이 어우러진 향입니다. 여름 코롱에 잘 어울리는 싱그러운 노트입니다.',
    en: 'Lemon verbena leaves, lemony and herbal at once. A fresh note well suited to summer colognes.',
  },
  rice: {
    family: 'creamy',
    ko: '지은 밥이나 쌀가루를 떠올리게 하는 부드럽고 살짝 파우더리한 향입니다. 포근하고 깨끗한 분위기를 줍니다.',
    en: 'A soft, slightly powdery scent like steamed rice or rice powder. It feels cosy and clean.',
  },
  mango: {
    family: 'fruity',
    ko: '잘 익은 망고의 진하고 즙이 많은 열대 과일 향입니다. 여름 휴가처럼 밝고 이국적인 분위기를 냅니다.',
    en: 'The rich, juicy scent of ripe mango. It feels bright and exotic, like a summer holiday.',
  },
  shiso: {
    family: 'aromatic',
    ko: '차조기라고도 불리는 허브로, 민트와 시트러스를 닮은 싱그러운 향이 납니다. 일본 요리에서 익숙한 초록빛 노트입니다.',
    en: 'A herb also known as perilla, fresh with mint and citrus facets. A green note familiar from Japanese cooking.',
  },
  'iso-e-super': {
    family: 'woody',
    ko: '벨벳처럼 부드럽고 투명한 나무 향을 내는 합성 원료입니다. 피부 냄새처럼 은은하게 퍼져 사람마다 느끼는 강도가 다릅니다.',
    en: 'A synthetic material with a velvety, transparent woody scent. It radiates softly like skin, and people differ in how strongly they perceive it.',
  },
};
