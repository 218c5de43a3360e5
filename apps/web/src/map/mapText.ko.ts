import type { MapLayoutKind, ScentTypeCard } from '@scentence/api/schemas';
import type { ColourMode } from './pointStyle';

const count = (value: number) => value.toLocaleString('ko-KR');

/** The scent map (향수 지도) and the scent type card in Korean; `mapText.en.ts` follows this shape. */
export const mapKo = {
  nav: '향수 지도',
  title: '향수 지도',
  metaTitle: '향수 지도 | Scentence',
  intro:
    '카탈로그의 모든 향수를 한 장의 지도에 펼쳤어요. 비슷한 향은 가까이 모여 있어요. 끌고 확대하며 둘러보고, 점을 가리키면 어떤 향수인지 보여요.',
  status: {
    preparing: '향수 지도를 준비하고 있어요. 잠시만 기다려 주세요.',
    loading: '지도를 불러오는 중…',
    computing: '바뀐 카탈로그로 새 지도를 계산하고 있어요. 끝날 때까지 지금 지도를 보여 드려요.',
    computedAt: (date: string) => `지도 계산 시각: ${date}`,
    drawn: (shown: number, total: number) =>
      shown === total
        ? `향수 ${count(total)}개를 보여 주고 있어요`
        : `향수 ${count(total)}개 중 ${count(shown)}개를 보여 주고 있어요`,
    noWebgl: '이 브라우저에서는 지도를 그릴 수 없어요(WebGL이 필요해요). 아래 목록과 검색으로 둘러보세요.',
  },
  canvas: {
    label: '향수 지도. 마우스로 끌어 옮기고 휠로 확대해요. 손가락 하나로 옮기고 두 손가락으로 확대해요.',
    zoomIn: '확대',
    zoomOut: '축소',
    reset: '전체 보기',
    controls: '지도 움직이기',
  },
  layouts: {
    label: '지도 보기',
    names: { similarity: '비슷한 향끼리', wheel: '향조 휠' } satisfies Record<MapLayoutKind, string>,
    hints: {
      similarity: '향이 비슷한 향수끼리 가까이 모여요.',
      wheel: '시트러스 → 플로럴 → 앰버 → 우디 순으로 돌아요. 가운데는 가볍고 바깥으로 갈수록 진해요.',
    } satisfies Record<MapLayoutKind, string>,
  },
  colours: {
    label: '색 기준',
    names: { cluster: '향 무리', accord: '대표 어코드' } satisfies Record<ColourMode, string>,
  },
  search: {
    label: '지도에서 향수 찾기',
    placeholder: '향수 이름 (예: 상탈 33, 샹스)',
    instructions: '위아래 화살표로 고르고 Enter를 누르면 지도가 그 향수로 이동해요. Esc로 닫아요.',
    group: '향수',
    searching: '찾는 중…',
    empty: '지도에서 찾지 못했어요',
    count: (value: number) => `${value}개 찾음`,
    found: (name: string) => `지도를 ${name}(으)로 옮겼어요`,
  },
  filters: {
    title: '필터',
    matching: (value: number) => `조건에 맞는 향수 ${count(value)}개`,
    brandLabel: '브랜드 찾기',
    brandPlaceholder: '브랜드 이름 (예: 르라보)',
    brandInstructions: '위아래 화살표로 고르고 Enter로 선택해요. Esc로 닫아요.',
    brandEmpty: '맞는 브랜드가 없어요',
    brandCount: (value: number) => `브랜드 ${value}개`,
    yearFrom: '부터',
    yearTo: '까지',
    decade: (from: number) => `${from}년대`,
    optionCount: (label: string, value: number) => `${label} (${count(value)})`,
  },
  legend: {
    title: '범례',
    noAccord: '어코드 정보 없음',
    wardrobe: '내 향수옷장',
    tasteCentre: '내 취향의 중심',
  },
  perfume: {
    open: '향수 페이지 보기',
    loading: '불러오는 중…',
    selectedTitle: '살펴보는 향수',
    selectedEmpty: '지도에서 점을 가리키거나 향수를 찾으면 여기에 자세히 보여 드려요.',
    showOnMap: '지도에서 보기',
    cluster: (label: string) => `향 무리: ${label}`,
  },
  clusters: {
    title: '향 무리 목록',
    intro: '지도의 무리를 목록으로 살펴보세요. 무리를 펼치면 그 무리에서 인기 있는 향수가 보여요.',
    size: (value: number) => `향수 ${count(value)}개`,
    notes: (labels: string) => `자주 쓰인 노트: ${labels}`,
    popular: '이 무리의 인기 향수',
    showOnMap: (label: string) => `${label} 무리를 지도에서 보기`,
  },
  wardrobe: {
    title: '지도 위의 내 향수옷장',
    signIn: '로그인하면 내 향수옷장이 지도에 표시돼요.',
    signInLink: '로그인',
    off: '향수옷장 사용이 꺼져 있어 지도에 옷장을 표시하지 않아요.',
    empty: '향수옷장에 담은 향수가 아직 없어요.',
    unavailable: '지금은 향수옷장을 지도에 올릴 수 없어요.',
    centre: '내 취향의 중심으로 이동',
  },
  scentType: {
    title: '나의 향 유형 카드',
    intro: '지도에서 살펴본 향수와 향수옷장으로 나의 향 유형을 알려 드려요. 로그인하지 않아도 만들 수 있어요.',
    explored: (value: number) => `지금까지 살펴본 향수 ${count(value)}개`,
    create: '향 유형 카드 만들기',
    creating: '만드는 중…',
    remake: '다시 만들기',
    failed: '카드를 만들지 못했어요. 잠시 후 다시 시도해 주세요.',
    basis: {
      explored: '지도에서 살펴본 향수로 만들었어요',
      wardrobe: '향수옷장으로 만들었어요',
      both: '살펴본 향수와 향수옷장으로 만들었어요',
      none: '아직 알 수 있는 게 없어요. 지도에서 향수를 더 살펴보세요.',
    } satisfies Record<ScentTypeCard['basis'], string>,
    accords: '나를 이루는 어코드',
    accordWeight: (label: string, weight: number) => `${label} ${weight}`,
    tryNext: '다음에 맡아 볼 향수',
    counts: (explored: number, owned: number) => `살펴본 향수 ${count(explored)}개 · 옷장의 향수 ${count(owned)}개`,
    download: 'PNG로 저장',
    shareLink: '공유 링크',
    copy: '링크 복사',
    copied: '링크를 복사했어요',
    openPage: '카드 페이지 열기',
    fileName: 'scentence-향-유형.png',
    pageTitle: '향 유형 카드',
    metaTitle: (persona: string) => `${persona} · 향 유형 카드 | Scentence`,
    metaDescription: (persona: string, accords: string) =>
      `Scentence 향수 지도에서 만든 향 유형: ${persona} (${accords})`,
    imageAlt: (persona: string) => `향 유형 카드: ${persona}`,
    exploreMap: '나도 향수 지도 둘러보기',
    madeWith: 'Scentence 향수 지도',
  },
};

export type MapText = typeof mapKo;
