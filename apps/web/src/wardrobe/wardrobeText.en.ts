import { MEMO_MAX_LENGTH, RATING_MAX, WARDROBE_IMPORT_MAX_BYTES, type WardrobeState } from '@scentence/api/schemas';
import type { WardrobeText } from './wardrobeText.ko';

const IMPORT_MAX_KB = Math.floor(WARDROBE_IMPORT_MAX_BYTES / 1000);

const STATE_NAMES = { have: 'Have', wish: 'Wish', had: 'Had' } satisfies Record<WardrobeState, string>;

/**
 * One sentence for each state, built around the state's name, so that the tabs and every message
 * call a state the same. (Korean says each one its own way, so `wardrobeText.ko.ts` spells them out.)
 */
function perState(sentence: (stateName: string) => string): Record<WardrobeState, string> {
  return { have: sentence(STATE_NAMES.have), wish: sentence(STATE_NAMES.wish), had: sentence(STATE_NAMES.had) };
}

export const wardrobeEn: WardrobeText = {
  nav: 'Wardrobe',
  title: 'Perfume wardrobe',
  intro:
    'Keep the perfumes you own, the ones you want and the ones you have used up: your taste shows, and recommendations fit it.',
  loading: 'Loading…',
  states: STATE_NAMES,
  preferences: { good: 'Liked', neutral: 'Okay', bad: 'Disliked' },
  sources: {
    manual: 'Added by hand',
    chat: 'Saved from a chat',
    layering: 'Saved from layering',
    map: 'Saved from the scent map',
    import: 'Imported from a file',
  },
  told: (sentence: string, name: string) => `${sentence}: ${name}`,
  tabs: {
    label: 'Wardrobe sections',
    count: (count: number) => String(count),
  },
  add: {
    title: 'Add perfumes',
    label: 'Search perfumes to add to the wardrobe',
    placeholder: 'Brand or perfume (e.g. Chance, Diptyque)',
    instructions:
      'Use the up and down arrows to pick and Enter to add. The list stays open so you can add several in a row. Escape closes it.',
    target: 'Add to',
    addedTo: perState((name) => `Added to ${name}`),
    alreadyIn: perState((name) => `Already in ${name}`),
    failed: 'Could not add it. Please try again',
    count: (count: number) => `${count} ${count === 1 ? 'perfume' : 'perfumes'}`,
    empty: 'No matching perfume',
  },
  toolbar: {
    label: 'Wardrobe view settings',
    search: 'Find in wardrobe',
    searchPlaceholder: 'Brand or perfume',
    sort: 'Sort',
    sorts: { added: 'Recently added', name: 'Name', rating: 'Rating' },
    brand: 'Brand',
    accord: 'Accord',
    season: 'Season',
    all: 'All',
    view: 'View',
    gallery: 'Gallery',
    list: 'List',
    clear: 'Clear filters',
  },
  list: {
    total: (count: number) => `${count} ${count === 1 ? 'perfume' : 'perfumes'}`,
    more: 'More',
    emptyWardrobeTitle: 'Your wardrobe is empty',
    emptyWardrobe:
      'Search above for perfumes you own or want and add them. The more you add, the better your taste profile and recommendations get.',
    emptyTab: perState((name) => `No perfumes in ${name}.`),
    noMatch: 'No perfume matches. Try other words or fewer filters.',
  },
  entry: {
    addedOn: (date: string) => `Added ${date}`,
    state: 'Move to',
    preference: 'Preference',
    rating: 'Rating',
    ratingValue: (value: string) => `${value} / ${RATING_MAX}`,
    ratingSpoken: (value: string) => `${value} out of ${RATING_MAX}`,
    noRating: 'Not rated',
    clearRating: 'Clear rating',
    memo: 'Memo',
    noMemo: 'No memo yet',
    editMemo: 'Write a memo',
    memoHint: `Up to ${MEMO_MAX_LENGTH} characters`,
    saveMemo: 'Save',
    cancel: 'Cancel',
    useUp: 'I used it up',
    remove: 'Delete',
    saved: 'Saved',
    saveFailed: 'Could not save. Please try again',
    movedTo: perState((name) => `Moved to ${name}`),
  },
  useUp: {
    title: 'Used it up',
    question: `How did you like it? It moves to ${STATE_NAMES.had} and counts towards your taste.`,
    confirm: `Move to ${STATE_NAMES.had}`,
    done: `Moved to ${STATE_NAMES.had}`,
  },
  remove: {
    title: 'Delete from your wardrobe?',
    body: 'Its rating and memo are deleted too, and this cannot be undone.',
    confirm: 'Delete for good',
    done: 'Deleted from your wardrobe',
  },
  taste: {
    title: 'Your taste',
    chartSummary: (accords: string) => `Favourite accords: ${accords}`,
    accords: 'Accords you like',
    avoided: 'Accords you avoid',
    likedNotes: 'Notes you like',
    dislikedNotes: 'Notes that are not for you',
    seasons: 'Seasons',
    genders: 'Gender lean',
    share: (label: string, share: number) => `${label} ${share}%`,
    weight: (label: string, weight: number) => `${label} ${weight}`,
    basedOn: (count: number) => `Based on ${count} ${count === 1 ? 'perfume' : 'perfumes'}`,
    empty: 'Add perfumes you like to the wardrobe and this shows which scents you love.',
    none: 'None yet',
  },
  forYou: {
    title: 'For you',
    intro: 'Perfumes whose accords and notes resemble the ones you like in your wardrobe.',
    emptyTitle: 'Add perfumes to get recommendations',
    empty: 'Put perfumes you like in Have or Wish and mark them “Liked”: we will pick perfumes that fit that taste.',
    emptyAction: 'Add perfumes',
    disabledTitle: 'Your wardrobe is not used for recommendations',
    disabled: 'Turn on “Use my wardrobe for recommendations” to get perfumes picked from your wardrobe.',
    none: 'No recommendation right now.',
    because: (names: string) => `Like ${names}`,
  },
  settings: {
    useForRecommendations: 'Use my wardrobe for recommendations',
    useForRecommendationsHint:
      'When off, nothing from your wardrobe is used in recommendations, chat, the map or layering.',
    on: 'On',
    off: 'Off',
    failed: 'Could not change the setting. Please try again.',
  },
  files: {
    title: 'Export and import',
    intro: 'Save your wardrobe as a file, or fill it again from a saved file.',
    exportAs: { csv: 'Export as CSV', json: 'Export as JSON' },
    exporting: 'Exporting…',
    exported: (count: number) => `Exported ${count} ${count === 1 ? 'perfume' : 'perfumes'}`,
    import: 'Import a file',
    importHint: `CSV or JSON, up to ${IMPORT_MAX_KB} KB`,
    importing: 'Importing…',
    imported: (added: number, updated: number, unchanged: number) =>
      `Imported: ${added} new, ${updated} changed, ${unchanged} unchanged`,
    tooLarge: `The file is too large. Files up to ${IMPORT_MAX_KB} KB can be imported.`,
    emptyFile: 'The file is empty.',
    rejected: 'The file has rows to fix, so nothing was imported.',
    line: (line: number) => `Line ${line}`,
    entry: (number: number) => `Entry ${number}`,
    placeField: (place: string, field: string) => `${place} (${field})`,
    wholeFile: 'The file',
    failed: 'Could not import. Please try again.',
  },
  control: {
    add: 'Add to wardrobe',
    inState: STATE_NAMES,
    menu: (name: string) => `${name} in your wardrobe`,
    removeItem: 'Remove from wardrobe',
    failed: 'Could not change it. Please try again.',
  },
  errors: {
    unavailable: 'The wardrobe is not answering right now. Please try again in a moment.',
    generic: 'Something went wrong and the wardrobe could not load.',
  },
};
