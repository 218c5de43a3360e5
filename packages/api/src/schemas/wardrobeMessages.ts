import { type MessageTable, messageReaders } from './messageTemplate';

// ---------------------------------------------------------------------------------------------
// Wardrobe messages, as the member ones: a { ko, en } pair per key. The backend sends the Korean
// text with its key and parameters; the web translates from the key. Import problems come as
// issues whose `path` names the row (`rows.<line>` in CSV, `entries.<index>` in JSON) and, when
// one value is at fault, its column (`rows.3.state`, `entries.0.rating`).
// ---------------------------------------------------------------------------------------------

export const WARDROBE_MESSAGES = {
  perfumeNotFound: { ko: '향수를 찾을 수 없습니다', en: 'No perfume has this id' },
  entryNotFound: { ko: '향수옷장에 없는 향수입니다', en: 'This perfume is not in your wardrobe' },
  ratingInvalid: {
    ko: '평점은 0부터 10까지 0.5 단위로 매길 수 있습니다',
    en: 'The rating goes from 0 to 10 in half steps',
  },
  importNotJson: { ko: '파일을 JSON으로 읽을 수 없습니다', en: 'The file is not valid JSON' },
  importNotWardrobeFile: {
    ko: '센텐스 향수옷장 파일이 아닙니다 (entries 목록이 없습니다)',
    en: 'This is not a Scentence wardrobe file (it has no entries list)',
  },
  importVersionUnsupported: {
    ko: '이 파일 버전({version})은 가져올 수 없습니다',
    en: 'Files of version {version} cannot be imported',
  },
  importHeaderMissing: {
    ko: '첫 줄에 열 이름이 있어야 합니다: state, 그리고 perfume_id 또는 brand와 name',
    en: 'The first line must name the columns: state, and perfume_id or brand and name',
  },
  importEmpty: { ko: '파일에 가져올 향수가 없습니다', en: 'The file lists no perfumes' },
  importQuoteUnclosed: {
    ko: '큰따옴표로 시작한 칸이 닫히지 않았습니다',
    en: 'A field that starts with a double quote is never closed',
  },
  importFieldCount: {
    ko: '이 줄의 칸 수({found})가 첫 줄({expected})과 다릅니다',
    en: 'This line has {found} fields where the first line has {expected}',
  },
  importEntryNotObject: { ko: '항목은 JSON 객체여야 합니다', en: 'Each entry must be a JSON object' },
  importPerfumeMissing: {
    ko: '어떤 향수인지 알 수 없습니다: 향수 ID 또는 브랜드와 이름을 적어 주세요',
    en: 'The row names no perfume: give its id, or its brand and name',
  },
  importPerfumeUnknown: {
    ko: '카탈로그에서 이 향수를 찾을 수 없습니다',
    en: 'No perfume in the catalog matches this row',
  },
  importDuplicate: {
    ko: '같은 향수가 {first}에 이미 있습니다',
    en: 'The same perfume is already at {first}',
  },
  importValueInvalid: { ko: '{allowed} 중 하나여야 합니다', en: 'Must be one of {allowed}' },
  importIdInvalid: { ko: '향수 ID는 1 이상의 정수여야 합니다', en: 'A perfume id is a whole number from 1' },
  importTextInvalid: { ko: '글자로 적어 주세요', en: 'Must be text' },
  importMemoTooLong: { ko: '메모는 {max}자까지 쓸 수 있습니다', en: 'A memo may have at most {max} characters' },
  importDateInvalid: {
    ko: '날짜는 ISO 8601 형식이어야 합니다 (예: 2026-12-01T09:30:00Z)',
    en: 'Dates are ISO 8601 (e.g. 2026-12-01T09:30:00Z)',
  },
} as const satisfies MessageTable;

export type WardrobeMessageKey = keyof typeof WARDROBE_MESSAGES;
export const { isKey: isWardrobeMessageKey, text: wardrobeMessage } = messageReaders(WARDROBE_MESSAGES);
