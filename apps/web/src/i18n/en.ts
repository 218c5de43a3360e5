import type { Dictionary } from './ko';

export const en: Dictionary = {
  meta: {
    title: 'Scentence · perfume, in sentences',
    description: 'A Korean perfume service: describe the scents you love and find the perfumes that fit',
  },
  nav: {
    home: 'Home',
    search: 'Search',
    main: 'Main menu',
  },
  language: {
    label: 'Language',
    ko: '한국어',
    en: 'English',
  },
  home: {
    eyebrow: 'Scent + Sentence',
    heading: 'Describe the scents you love, and find the perfumes that fit',
    intro:
      'Scentence is a Korean perfume service that breaks every fragrance down into accords and notes. Look perfumes up by brand, name or note, and narrow them down by accord, season and occasion.',
    popularTitle: 'Popular perfumes',
    seeAll: 'See all',
  },
  searchBox: {
    label: 'Search perfumes',
    placeholder: 'Brand, perfume or note (e.g. santal, bergamot)',
    submit: 'Search',
  },
  search: {
    title: 'Search perfumes',
    filters: 'Filters',
    accords: 'Accords',
    accordsHint: 'Perfumes with all of the selected accords',
    gender: 'Gender',
    season: 'Season',
    occasion: 'Occasion',
    any: 'Any',
    clear: 'Clear filters',
    selectedCount: (count: number) => `${count} selected`,
    total: (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'perfume' : 'perfumes'}`,
    more: 'Show more',
    loading: 'Loading…',
    emptyTitle: 'No perfumes match',
    emptyHint: 'Try another word or fewer filters.',
  },
  perfume: {
    accords: 'Accords',
    strength: (label: string, strength: number) => `${label} ${strength}%`,
  },
  errors: {
    unavailable: 'The service is temporarily unavailable. Please try again shortly.',
    generic: 'Something went wrong and the results could not be loaded.',
    retry: 'Try again',
  },
  footer: {
    tagline: 'Where scent reads like a sentence',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address has changed or the page does not exist.',
    home: 'Back home',
  },
};
