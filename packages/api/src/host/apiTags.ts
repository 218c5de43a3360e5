/**
 * What each tag of the API documents groups. Every tag an operation names needs its line here:
 * the documents' lint (redocly.yaml `tag-description`) fails without it.
 */
export const API_TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  perfumes: 'The perfume catalog: search, autocomplete, one perfume, similar perfumes and perfumes by id.',
  brands: 'Brands (houses) with their country, accord profile and perfumes.',
  catalog: 'Lists of every catalog page (brand and note slugs, perfume ids), for sitemaps and crawlers.',
  notes:
    'Notes (bergamot, pink pepper …): every note by family, and each with what it smells like and the perfumes that carry it.',
  accords: 'Accords (woody, citrus …) with what they smell like, the notes that build them and their perfumes.',
  vocabulary:
    'The label vocabularies in Korean and English: accords with colours, seasons, occasions, genders, concentrations, longevity and sillage.',
  auth: 'Tokens for REST and mobile callers: sign in with a password or Kakao, refresh and revoke.',
  members:
    "Accounts: sign-up, availability checks, the web server's sign-in steps, and the signed-in member's own profile, password, image and withdrawal.",
  admin: 'Member administration, for admins only.',
  layering:
    'Layering: how two perfumes go together (score, verdict, reasons, how and when to wear them), the best partners for one perfume from the catalog or your wardrobe, questions in Korean or English, and votes on pairs.',
  map: 'The scent map (향수 지도): every perfume of the catalog on two layouts (what smells alike, the fragrance wheel), clusters with labels, filter counts, neighbours, where a perfume is, and your wardrobe on the map.',
  'scent-type':
    'The scent type card (향 유형 카드): your leading accords, a persona and a perfume to try next, from what you explored on the map and what you own, with a share id.',
  chat: "The perfume chat (향수 추천 챗봇): send a message and get an answer with recommended perfumes and why they fit, as a member or a guest; a member's threads (list, read, rename, delete).",
  wardrobe:
    "The signed-in member's perfume wardrobe (have, wish, had) with preferences and ratings, the taste profile drawn from it, recommendations for them, and export and import as CSV or JSON.",
};
