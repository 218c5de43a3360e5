import type { Localized } from '../scoring/labels';

/** General layering advice (docs/layering.md, "How to wear"), for questions on how to apply. */
export const HOW_TO_TIPS: readonly Localized[] = [
  {
    ko: '무겁고 오래가는 향(우디·앰버·바닐라)을 먼저, 가벼운 향(시트러스·프레시)을 나중에 뿌려요',
    en: 'The heavier, longer-lasting scent (woods, amber, vanilla) goes on first, the lighter one (citrus, fresh) on top',
  },
  {
    ko: '두 향을 합쳐 3~4번이면 충분해요. 확산력이 강한 향은 한 번만 뿌리세요',
    en: 'Three or four sprays in all are enough; give a loud perfume a single spray',
  },
  {
    ko: '손목과 목처럼 맥이 뛰는 곳에 뿌리고, 문지르지 말고 30초쯤 마르게 두세요',
    en: "Spray on the pulse points (wrists, neck) and let it dry for about 30 seconds; don't rub",
  },
  {
    ko: '대비가 큰 두 향은 한 곳에 하나씩 뿌려요 (가슴에 하나, 손목에 하나). 공기 중에서 섞여요',
    en: 'Two contrasting scents go one per spot (chest and wrists): they mix in the air',
  },
  {
    ko: '처음에는 한 번씩만 뿌려 보고, 몇 시간 뒤의 잔향까지 확인하세요',
    en: 'Try one spray of each first and check the drydown a few hours later',
  },
];
