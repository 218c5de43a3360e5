import { CHAT_TEXT_MAX_LENGTH } from '@scentence/api/schemas';

/** The chat page (향수 추천 대화) in Korean; `chatText.en.ts` follows this shape. */
export const chatKo = {
  title: '향수 추천 대화',
  metaTitle: '향수 추천 대화 | Scentence',
  metaDescription: '좋아하는 향, 쓰실 분, 계절과 분위기를 말하면 어울리는 향수를 카탈로그에서 골라 드려요.',
  intro: '좋아하는 향, 누가 쓸지, 계절이나 분위기를 편하게 말해 주세요. 어울리는 향수를 골라 드려요.',
  examplesLabel: '이렇게 물어보세요',
  examples: [
    '제가 쓸 여름 향수, 시원하고 깨끗한 느낌으로',
    '여자친구 선물로 포근한 향수 추천해줘',
    '소바쥬 같은 향수 있어?',
  ],
  start: {
    label: '어떤 향수를 찾으세요?',
    placeholder: '예: 여자친구 선물로 포근한 향수, 제가 쓸 시원한 여름 향수',
    submit: '추천받기',
  },
  conversationLabel: '대화',
  you: '나',
  assistant: 'Scentence',
  loadingThread: '대화를 불러오는 중…',
  composer: {
    label: '메시지',
    placeholder: '예: 회사에서 쓸 깔끔한 향수, 제가 쓸 거예요',
    send: '보내기',
    count: (length: number) => `${length} / ${CHAT_TEXT_MAX_LENGTH}자`,
  },
  mode: {
    legend: '설명 방식',
    hint: '입문자는 느낌으로, 전문가는 노트 피라미드와 어코드로 설명해요',
  },
  suggestionsLabel: '이어서 물어보기',
  card: {
    reasons: '어울리는 이유',
    layer: '레이어링 해보기',
    save: '위시에 담기',
  },
  threads: {
    title: '내 대화',
    new: '새 대화',
    empty: '아직 저장된 대화가 없어요.',
    loading: '불러오는 중…',
    messages: (count: number) => `메시지 ${count}개`,
    rename: '이름 바꾸기',
    renameLabel: '대화 이름',
    renameSave: '저장',
    cancel: '취소',
    delete: '삭제',
    actionsOf: (title: string) => `${title} 대화`,
    deleteTitle: '이 대화를 지울까요?',
    deleteBody: '메시지와 추천받은 향수 목록이 함께 지워지고, 되돌릴 수 없어요.',
    deleteConfirm: '지우기',
    failed: '바꾸지 못했어요. 다시 시도해 주세요.',
  },
  guest: {
    note: '로그인하지 않고 대화하고 있어요. 이 대화는 24시간 동안 보관돼요.',
    signIn: '로그인하고 대화 저장하기',
  },
  problems: {
    unavailable: '지금은 답을 드릴 수 없어요. 잠시 후 다시 보내 주세요.',
    generic: '문제가 생겨 답을 받지 못했어요. 다시 보내 주세요.',
    busy: '이 대화의 앞선 답을 아직 쓰고 있어요. 잠시 후 다시 보내 주세요.',
    invalid: '메시지를 보낼 수 없어요. 내용을 확인해 주세요.',
    expired: '비회원 대화가 만료되었어요. 새 대화를 시작해 주세요.',
    notFoundTitle: '대화를 찾을 수 없어요',
    notFoundBody: '지워졌거나 다른 분의 대화예요.',
    limitTitle: '오늘은 여기까지 대화할 수 있어요',
    limit: (limit: number, when: string) =>
      `로그인하지 않으면 하루에 메시지를 ${limit}개까지 보낼 수 있어요. ${when}부터 다시 보낼 수 있어요.`,
    sessionLimit: (when: string) =>
      `이 네트워크에서 오늘 시작할 수 있는 비회원 대화를 모두 썼어요. ${when}부터 다시 시작할 수 있어요.`,
    memberLimitTitle: '잠시 쉬었다가 이어서 대화해요',
    memberLimit: (limit: number, when: string) =>
      `한 시간에 메시지를 ${limit}개까지 보낼 수 있어요. ${when}부터 다시 보낼 수 있어요.`,
    limitSignIn: '로그인하면 지금 바로 이어서 대화할 수 있어요.',
    tomorrow: (time: string) => `내일 ${time}`,
    retry: '다시 보내기',
    newChat: '새 대화 시작하기',
  },
};

export type ChatText = typeof chatKo;
