import { WITHDRAWAL_RECOVERY_DAYS } from '@scentence/api/schemas';

/** Korean text of the brand pages, the notes index, the search filters' chips and sheet, and page descriptions. */
export const discoveryKo = {
  brandPage: {
    eyebrow: '브랜드',
    metaTitle: (name: string) => `${name} 향수 | Scentence`,
    metaDescription: (name: string, count: number, accords: string) =>
      accords
        ? `${name}의 향수 ${count.toLocaleString('ko-KR')}개와 브랜드를 이루는 어코드(${accords})`
        : `${name}의 향수 ${count.toLocaleString('ko-KR')}개`,
    country: '국가',
    profileTitle: '어코드 프로필',
    profileHint: '이 브랜드 향수 가운데 각 어코드가 들어간 향수의 비율',
    perfumesTitle: '이 브랜드의 향수',
    searchWithin: '이 브랜드에서 검색하기',
    notFoundTitle: '브랜드를 찾을 수 없어요',
    notFoundBody: '주소가 바뀌었거나 카탈로그에 없는 브랜드예요.',
  },
  notesIndex: {
    title: '노트 둘러보기',
    metaTitle: '노트 둘러보기 | Scentence',
    intro: '향수를 이루는 재료의 향을 계열별로 모았어요. 이름을 입력하면 바로 좁혀져요.',
    metaDescription: (count: number) =>
      `시트러스, 플로럴, 우디 등 계열별로 정리한 향수 노트 ${count.toLocaleString('ko-KR')}개와 각 노트가 들어간 향수`,
    filterLabel: '노트 찾기',
    filterPlaceholder: '노트 이름 (예: 베르가못, vanilla)',
    families: '계열',
    other: '기타',
    shown: (count: number) => `노트 ${count.toLocaleString('ko-KR')}개`,
    perfumes: (count: number) => `향수 ${count.toLocaleString('ko-KR')}개`,
    empty: '입력한 이름과 맞는 노트가 없어요.',
  },
  filterChips: {
    title: '적용된 필터',
    exclude: (label: string) => `${label} 제외`,
    yearFrom: (year: number) => `${year}년부터`,
    yearTo: (year: number) => `${year}년까지`,
    yearRange: (from: number, to: number) => `${from}–${to}년`,
  },
  filterSheet: {
    open: '필터',
    title: '필터',
    apply: '적용하기',
    close: '닫기',
  },
  perfumeActions: {
    /** Opens the layering page with this perfume as the first of the pair. */
    layerThis: '레이어링 해보기',
  },
  pageDescriptions: {
    search: '브랜드, 향수 이름, 노트로 찾고 어코드·계절·상황·성향·출시 연도로 좁혀 보는 향수 검색',
    login: 'Scentence에 로그인하고 나만의 향수 옷장과 추천을 이어 보세요.',
    signUp: 'Scentence 회원가입: 이메일이나 카카오로 가입하고 향수 옷장을 만들어 보세요.',
    link: '카카오 계정을 이미 가입한 Scentence 계정과 연결해요.',
    recover: `탈퇴를 신청한 Scentence 계정을 ${WITHDRAWAL_RECOVERY_DAYS}일 안에 되살려요.`,
    me: '내 프로필, 사용 모드, 프로필 사진, 비밀번호와 탈퇴를 관리하는 마이페이지',
    admin: 'Scentence 회원을 찾아보고 역할과 상태를 관리해요.',
    notFound: '찾으시는 페이지가 없어요. Scentence 홈이나 향수 검색에서 다시 찾아보세요.',
  },
  site: {
    name: 'Scentence · 센텐스',
    shortName: '센텐스',
  },
};

export type DiscoveryText = typeof discoveryKo;
