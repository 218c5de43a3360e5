import type { AccordKey } from './accords';

export interface Description {
  ko: string;
  en: string;
}

/** What each accord smells like, in our own words. */
export const ACCORD_DESCRIPTIONS: Record<AccordKey, Description> = {
  citrus: {
    ko: '갓 짜낸 레몬, 베르가못, 자몽, 오렌지처럼 밝고 톡 쏘는 과일 껍질의 향입니다. 첫 향을 산뜻하게 열어 주지만 날아가는 속도가 빨라 가볍게 뿌리기 좋습니다. 무더운 여름날이나 출근길, 운동 후처럼 기분을 환기하고 싶을 때 잘 어울립니다.',
    en: 'The bright, zesty smell of freshly peeled lemon, bergamot, grapefruit and orange. It opens a fragrance with a sparkle but fades quickly, so it suits a light hand. Reach for it on hot summer days, on the way to work or after a workout when you want a clean lift.',
  },
  fruity: {
    ko: '복숭아, 배, 베리, 사과처럼 잘 익은 과일의 달콤하고 즙이 많은 향입니다. 상큼함과 달콤함 사이를 오가며 밝고 사랑스러운 인상을 줍니다. 봄과 여름의 데일리 향수나 가벼운 데이트에 부담 없이 쓰기 좋습니다.',
    en: 'The sweet, juicy smell of ripe fruit such as peach, pear, berries and apple. It sits between tangy and sugary and leaves a cheerful, playful impression. An easy choice for everyday wear in spring and summer or a casual date.',
  },
  green: {
    ko: '갓 벤 풀, 꺾은 줄기, 어린 잎사귀를 손으로 비볐을 때 나는 싱그럽고 살짝 쌉싸름한 향입니다. 갈바넘, 바이올렛 잎, 토마토 잎 같은 원료가 대표적입니다. 자연 속을 걷는 듯한 맑은 느낌이라 봄이나 아침 시간에 특히 잘 어울립니다.',
    en: 'The crisp, slightly bitter smell of cut grass, snapped stems and young leaves crushed between the fingers. Galbanum, violet leaf and tomato leaf are typical materials. It feels like a walk outdoors, which makes it a natural fit for spring and mornings.',
  },
  aquatic: {
    ko: '바닷바람, 젖은 돌, 물보라를 떠올리게 하는 투명하고 시원한 향입니다. 칼론 같은 합성 원료와 해조류, 시솔트 노트가 물기 어린 공기를 표현합니다. 더운 여름, 휴가지, 스포츠 활동처럼 가볍고 시원한 인상이 필요할 때 좋습니다.',
    en: 'A cool, transparent scent that recalls sea breeze, wet stones and spray off the waves. Synthetics such as Calone, along with seaweed and sea-salt notes, create that watery air. Ideal for hot summers, holidays and sport, whenever you want something light and cooling.',
  },
  fresh: {
    ko: '막 세탁한 셔츠나 샤워 직후의 피부처럼 깨끗하고 가벼운 인상을 주는 향입니다. 시트러스, 민트, 가벼운 허브와 깨끗한 머스크가 함께 쓰이는 경우가 많습니다. 계절과 장소를 크게 가리지 않아 사무실이나 일상에서 무난하게 쓰기 좋습니다.',
    en: 'A clean, airy impression, like a freshly laundered shirt or skin straight out of the shower. It often combines citrus, mint, light herbs and clean musks. It rarely feels out of place, so it works well at the office and for everyday wear.',
  },
  aromatic: {
    ko: '라벤더, 로즈메리, 세이지, 타임처럼 향긋한 허브에서 나는 시원하고 약간 약초 같은 향입니다. 상쾌하면서도 차분한 느낌이 있어 전통적인 남성 향수에서 자주 볼 수 있습니다. 정돈된 인상이 필요한 출근길이나 선선한 봄·가을에 잘 어울립니다.',
    en: 'The cool, slightly medicinal smell of fragrant herbs such as lavender, rosemary, sage and thyme. It is refreshing yet calming and shows up often in classic masculine fragrances. It suits a polished look for work and the mild weather of spring and autumn.',
  },
  floral: {
    ko: '장미, 피오니, 제라늄, 바이올렛처럼 꽃잎에서 나는 부드럽고 화사한 향입니다. 한 가지 꽃을 살린 솔리플로르부터 여러 꽃을 엮은 부케까지 표현이 다양합니다. 봄의 데일리 향수부터 격식 있는 자리까지 폭넓게 사랑받는 계열입니다.',
    en: 'The soft, radiant smell of petals such as rose, peony, geranium and violet. It ranges from soliflores built around one flower to rich bouquets of many. A much-loved family that moves easily from spring daywear to formal occasions.',
  },
  white_floral: {
    ko: '자스민, 튜베로즈, 가드니아, 오렌지 블라섬처럼 하얀 꽃에서 나는 풍성하고 크리미한 향입니다. 달콤하면서도 살짝 관능적인 깊이가 있어 존재감이 뚜렷합니다. 따뜻한 저녁, 결혼식이나 특별한 약속처럼 우아함을 드러내고 싶은 날에 잘 어울립니다.',
    en: 'The lush, creamy scent of white blossoms such as jasmine, tuberose, gardenia and orange blossom. It is sweet with a sensual depth and has a strong presence. Lovely for warm evenings, weddings and special plans when you want to feel elegant.',
  },
  powdery: {
    ko: '화장대의 파우더나 립스틱을 떠올리게 하는 보송하고 부드러운 향입니다. 아이리스, 바이올렛, 헬리오트로프, 머스크가 이런 질감을 만들어 냅니다. 포근하고 단정한 인상이라 일상이나 사무실, 쌀쌀한 계절에 은은하게 쓰기 좋습니다.',
    en: 'A soft, dry scent that calls to mind face powder or lipstick on a vanity table. Iris, violet, heliotrope and musk create this velvety texture. Gentle and tidy, it is a good quiet choice for daily wear, the office and cooler seasons.',
  },
  sweet: {
    ko: '설탕, 꿀, 캔디처럼 입안에 단맛이 떠오르는 포근한 향입니다. 과일, 꽃, 바닐라 등 다른 계열과 어우러져 향 전체를 둥글고 친근하게 만들어 줍니다. 사랑스럽고 편안한 분위기를 원할 때, 특히 가을과 겨울에 잘 어울립니다.',
    en: 'A cosy scent that brings sugar, honey or candy to mind. It blends with fruits, flowers and vanilla to round off a fragrance and make it feel friendly. Wear it when you want a warm, endearing mood, especially in autumn and winter.',
  },
  gourmand: {
    ko: '캐러멜, 초콜릿, 커피, 프랄린처럼 디저트와 음식에서 영감을 받은 맛있는 향입니다. 먹고 싶어지는 달콤함과 따뜻함이 특징이며 잔향이 오래 남는 편입니다. 추운 계절의 데이트나 포근한 휴식 시간에 잘 어울립니다.',
    en: 'Edible scents inspired by desserts and treats such as caramel, chocolate, coffee and praline. Their mouth-watering warmth and sweetness tend to linger for a long time. Great for cold-weather dates and cosy evenings in.',
  },
  vanilla: {
    ko: '바닐라 꼬투리의 달콤하고 따뜻하며 부드러운 향으로, 향수에서 가장 사랑받는 베이스 중 하나입니다. 통카빈, 벤조인과 자주 어울리며 스모키하거나 크리미한 표정도 보여 줍니다. 편안하고 포근한 인상이라 가을·겨울은 물론 잠들기 전 향으로도 좋습니다.',
    en: 'The sweet, warm and soft smell of vanilla pods, one of the best-loved bases in perfumery. It pairs often with tonka bean and benzoin and can lean smoky or creamy. Comforting and snug, it shines in autumn and winter and even as a bedtime scent.',
  },
  creamy: {
    ko: '우유, 버터, 코코넛 과육처럼 매끄럽고 부드러운 질감이 느껴지는 향입니다. 샌달우드, 락톤 계열 원료, 코코넛 같은 노트가 이런 촉감을 만듭니다. 피부에 밀착되는 편안한 향이라 일상에서 가까운 사람에게만 은은하게 전하기 좋습니다.',
    en: 'A smooth, soft scent with the texture of milk, butter or coconut flesh. Sandalwood, lactonic materials and coconut are typical sources of this feel. It sits close to the skin, making it a comforting everyday scent meant for those near you.',
  },
  spicy: {
    ko: '후추, 카다멈, 시나몬, 정향처럼 향신료에서 나는 톡 쏘거나 따뜻한 향입니다. 핑크 페퍼처럼 차갑고 상쾌한 스파이스와 시나몬처럼 뜨겁고 달콤한 스파이스가 있습니다. 향에 개성과 긴장감을 더해 주며 선선한 계절이나 저녁 자리에 잘 어울립니다.',
    en: 'The piquant or warming smell of spices such as pepper, cardamom, cinnamon and clove. There are cool, sparkling spices like pink pepper and hot, sweet ones like cinnamon. They add character and tension, and suit cooler seasons and evenings out.',
  },
  amber: {
    ko: '레진, 바닐라, 라브다넘, 벤조인을 엮어 만든 따뜻하고 달콤하며 묵직한 향입니다. 예전에는 오리엔탈 계열로 불렸으며 피부 위에서 은은하게 빛나는 듯한 깊이가 특징입니다. 추운 겨울, 저녁 약속이나 특별한 밤에 잘 어울립니다.',
    en: 'A warm, sweet and rich blend built from resins, vanilla, labdanum and benzoin. Once called the oriental family, it has a glowing depth that seems to radiate from the skin. Made for cold winters, dinners and special nights.',
  },
  woody: {
    ko: '시더, 샌달우드, 베티버, 과이악우드처럼 나무에서 나는 건조하거나 부드러운 향입니다. 연필 깎은 냄새 같은 드라이한 나무부터 크리미한 나무까지 표정이 다양합니다. 차분하고 신뢰감 있는 인상이라 사계절, 특히 가을과 겨울에 많이 찾습니다.',
    en: 'The dry or smooth smell of woods such as cedar, sandalwood, vetiver and guaiac wood. It ranges from pencil-shaving dryness to creamy softness. Calm and dependable, it is worn all year round and is especially popular in autumn and winter.',
  },
  resinous: {
    ko: '프랑킨센스, 미르, 벤조인, 엘레미처럼 나무의 수지에서 나는 끈적하고 깊은 향입니다. 달콤하거나 레몬 같은 밝은 면과 함께 성당의 공기 같은 엄숙함을 지니고 있습니다. 사색적인 분위기를 원할 때나 겨울 저녁에 잘 어울립니다.',
    en: 'The sticky, deep smell of tree resins such as frankincense, myrrh, benzoin and elemi. It can be sweet or lemony bright, yet carries the solemn air of an old church. A fit for reflective moods and winter evenings.',
  },
  smoky: {
    ko: '모닥불, 그을린 나무, 향 피운 연기를 떠올리게 하는 건조하고 어두운 향입니다. 인센스, 자작나무 타르, 랍상소총 차, 케이드 같은 노트가 이런 느낌을 냅니다. 강렬하고 신비로운 인상이라 쌀쌀한 가을·겨울이나 밤 외출에 잘 어울립니다.',
    en: 'A dry, dark scent that recalls campfires, charred wood and burning incense. Incense, birch tar, lapsang souchong tea and cade are typical of it. Bold and mysterious, it suits chilly autumn and winter days and nights out.',
  },
  leathery: {
    ko: '새 가죽 재킷이나 가죽 소파처럼 건조하고 살짝 스모키한 가죽의 향입니다. 스웨이드처럼 부드러운 가죽부터 타르 느낌의 거친 가죽까지 폭이 넓습니다. 세련되고 자신감 있는 인상을 주며 가을·겨울이나 저녁 자리에 잘 어울립니다.',
    en: 'The dry, faintly smoky smell of a new leather jacket or a leather armchair. It runs from soft suede to rugged, tarry leather. It gives a polished, confident impression and suits autumn, winter and evenings.',
  },
  animalic: {
    ko: '피부의 체취나 따뜻한 털을 떠올리게 하는 관능적이고 깊은 향입니다. 오늘날에는 사향, 카스토리움, 시벳을 재현한 합성 원료와 앰버그리스 계열 노트가 쓰입니다. 소량만으로도 향에 생동감을 주며, 대담한 저녁 자리에 어울립니다.',
    en: 'A sensual, deep scent that evokes warm skin or fur. Today it comes from synthetic reconstructions of musk, castoreum and civet and from ambergris-like notes. A little goes a long way to bring a fragrance to life, and it suits bold evenings.',
  },
  musky: {
    ko: '깨끗한 피부나 보송한 면처럼 부드럽고 포근한 향입니다. 화이트 머스크처럼 비누 같은 머스크부터 살결처럼 따뜻한 머스크까지 다양하며 다른 향을 오래 붙잡아 줍니다. 가까이 다가와야 느껴지는 은은함이 있어 데일리 향수로 사랑받습니다.',
    en: 'A soft, cosy scent like clean skin or fluffy cotton. It ranges from soapy white musks to warm, skin-like ones and helps other notes last longer. Its quiet, close-to-the-skin character makes it a favourite for everyday wear.',
  },
  earthy: {
    ko: '비 온 뒤의 흙, 젖은 뿌리, 숲의 바닥을 떠올리게 하는 축축하고 깊은 향입니다. 패출리, 베티버, 오크모스, 버섯 같은 노트가 대지의 느낌을 만듭니다. 차분하고 자연스러운 분위기라 가을이나 비 오는 날에 특히 잘 어울립니다.',
    en: 'A damp, deep scent that recalls soil after rain, wet roots and the forest floor. Patchouli, vetiver, oakmoss and mushroom-like notes create this grounded feel. Calm and natural, it is especially good in autumn and on rainy days.',
  },
  chypre: {
    ko: '베르가못의 밝은 첫 향과 오크모스, 패출리, 라브다넘의 이끼 낀 어두운 베이스가 대비를 이루는 클래식한 구조입니다. 쌉싸름하면서도 우아하고 지적인 인상을 줍니다. 격식 있는 자리나 비즈니스, 선선한 가을에 잘 어울립니다.',
    en: 'A classic structure that contrasts bright bergamot up top with a dark, mossy base of oakmoss, patchouli and labdanum. The result feels bittersweet, elegant and intellectual. Well suited to formal occasions, business settings and crisp autumn days.',
  },
  fougere: {
    ko: '라벤더, 오크모스, 쿠마린(통카빈)을 중심으로 한 고사리 숲 같은 향으로, 남성 향수의 대표적인 구조입니다. 허브의 상쾌함과 건초 같은 달콤함이 어우러져 이발소의 면도 크림을 떠올리게 합니다. 단정하고 깔끔한 인상이라 출근이나 데일리용으로 사랑받습니다.',
    en: "A fern-like accord built on lavender, oakmoss and coumarin (tonka bean), and a cornerstone of men's perfumery. Herbal freshness meets hay-like sweetness, bringing barbershop shaving cream to mind. Neat and well-groomed, it is a favourite for work and daily wear.",
  },
  aldehydic: {
    ko: '알데하이드 원료가 주는 반짝이고 비누 같은, 샴페인 거품처럼 톡 터지는 향입니다. 꽃향기를 공중에 띄우듯 밝고 확산력 있게 만들어 주며 빈티지한 고전 향수에서 자주 볼 수 있습니다. 우아하고 격식 있는 분위기라 특별한 자리나 저녁 모임에 잘 어울립니다.',
    en: 'A sparkling, soapy lift from aldehyde materials, like champagne bubbles bursting. It makes florals feel airy and radiant and is a hallmark of vintage classics. Elegant and formal, it suits special occasions and evening gatherings.',
  },
};
