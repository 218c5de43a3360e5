import { WITHDRAWAL_RECOVERY_DAYS } from '@scentence/api/schemas';
import type { DiscoveryText } from './discoveryText.ko';

export const discoveryEn: DiscoveryText = {
  brandPage: {
    eyebrow: 'Brand',
    metaTitle: (name: string) => `${name} perfumes | Scentence`,
    metaDescription: (name: string, count: number, accords: string) =>
      accords
        ? `${count.toLocaleString('en-US')} perfumes by ${name} and the accords the house is made of (${accords})`
        : `${count.toLocaleString('en-US')} perfumes by ${name}`,
    country: 'Country',
    profileTitle: 'Accord profile',
    profileHint: "The share of the house's perfumes that carry each accord",
    perfumesTitle: "The house's perfumes",
    searchWithin: 'Search this brand',
    notFoundTitle: 'Brand not found',
    notFoundBody: 'The address has changed, or the brand is not in the catalog.',
  },
  notesIndex: {
    title: 'Browse notes',
    metaTitle: 'Browse notes | Scentence',
    intro: 'The materials perfumes are made of, gathered by family. Type a name to narrow the list as you go.',
    metaDescription: (count: number) =>
      `${count.toLocaleString('en-US')} perfume notes by family, from citrus and floral to woody, and the perfumes that carry each`,
    filterLabel: 'Find a note',
    filterPlaceholder: 'Note name (e.g. bergamot, 바닐라)',
    families: 'Families',
    other: 'Other',
    shown: (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'note' : 'notes'}`,
    perfumes: (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'perfume' : 'perfumes'}`,
    empty: 'No note matches that name.',
  },
  filterChips: {
    title: 'Active filters',
    exclude: (label: string) => `Without ${label}`,
    yearFrom: (year: number) => `From ${year}`,
    yearTo: (year: number) => `Until ${year}`,
    yearRange: (from: number, to: number) => `${from}–${to}`,
  },
  filterSheet: {
    open: 'Filters',
    title: 'Filters',
    apply: 'Apply',
    close: 'Close',
  },
  perfumeActions: {
    layerThis: 'Layer this',
  },
  pageDescriptions: {
    search:
      'Search perfumes by brand, name or note, and narrow them by accord, season, occasion, gender lean and release year',
    login: 'Log in to Scentence to pick up your perfume wardrobe and recommendations.',
    signUp: 'Sign up for Scentence with your email or Kakao and start your perfume wardrobe.',
    link: 'Link your Kakao account to the Scentence account you already have.',
    recover: `Bring back a Scentence account within ${WITHDRAWAL_RECOVERY_DAYS} days of asking to withdraw.`,
    me: 'Your profile, user mode, profile picture, password and withdrawal.',
    admin: "Find Scentence's members and manage their roles and status.",
    notFound: 'The page you are looking for is not here. Try the Scentence home page or perfume search.',
  },
  site: {
    name: 'Scentence',
    shortName: 'Scentence',
  },
};
