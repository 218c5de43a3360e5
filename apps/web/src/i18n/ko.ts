/** Korean, the default language. Its shape is the contract every other dictionary follows. */
export const ko = {
  meta: {
    title: 'Scentence · 향수를 문장으로',
    description: '좋아하는 향을 말하면 어울리는 향수를 찾아 주는 한국어 향수 서비스',
  },
  nav: {
    home: '홈',
    search: '검색',
    main: '주 메뉴',
  },
  language: {
    label: '언어',
    ko: '한국어',
    en: 'English',
  },
  home: {
    eyebrow: 'Scent + Sentence',
    heading: '좋아하는 향을 말하면, 어울리는 향수를 찾아 드려요',
    intro:
      'Scentence는 모든 향수를 어코드와 노트로 풀어 보여 주는 한국어 향수 서비스예요. 브랜드, 이름, 노트로 찾아보고 어코드·계절·상황으로 좁혀 보세요.',
    popularTitle: '많이 찾는 향수',
    seeAll: '전체 보기',
  },
  searchBox: {
    label: '향수 검색',
    placeholder: '브랜드, 향수 이름, 노트 (예: 상탈, 베르가못)',
    submit: '검색',
  },
  search: {
    title: '향수 검색',
    filters: '필터',
    accords: '어코드',
    accordsHint: '선택한 어코드를 모두 가진 향수',
    gender: '성향',
    season: '계절',
    occasion: '상황',
    any: '전체',
    clear: '필터 초기화',
    selectedCount: (count: number) => `${count}개 선택됨`,
    total: (count: number) => `향수 ${count.toLocaleString('ko-KR')}개`,
    more: '더 보기',
    loading: '불러오는 중…',
    emptyTitle: '조건에 맞는 향수가 없어요',
    emptyHint: '검색어를 바꾸거나 필터를 줄여 보세요.',
  },
  perfume: {
    accords: '어코드',
    strength: (label: string, strength: number) => `${label} ${strength}%`,
  },
  errors: {
    unavailable: '서비스가 잠시 응답하지 않아요. 잠시 후 다시 시도해 주세요.',
    generic: '문제가 생겨 결과를 불러오지 못했어요.',
    retry: '다시 시도',
  },
  footer: {
    tagline: '향을 문장처럼 읽는 곳',
  },
  notFound: {
    title: '페이지를 찾을 수 없어요',
    body: '주소가 바뀌었거나 없는 페이지예요.',
    home: '홈으로',
  },
};

export type Dictionary = typeof ko;
