/**
 * Other names people type for frequent notes, beyond the catalog's own English and Korean names
 * (which come from the caller's note table): the standard loanword spelling where shops write
 * another one (재스민 / 자스민), everyday Korean words (백단향, 삼나무) and English synonyms.
 * Keyed by the note's slug; a note the caller's catalog lacks is left out. Written by hand.
 */
export const NOTE_WORDS: Readonly<Record<string, { ko: readonly string[]; en: readonly string[] }>> = {
  jasmine: { ko: ['재스민', '쟈스민', '자스민향'], en: ['jasmin', 'jessamine'] },
  sandalwood: { ko: ['샌들우드', '샌달 우드', '백단향', '백단', '산달우드'], en: ['sandal wood'] },
  patchouli: { ko: ['파출리', '패츌리', '파촐리', '패촐리'], en: ['patchouly', 'patchouly leaf'] },
  vetiver: { ko: ['베티베르', '베티바'], en: ['vetyver'] },
  tuberose: { ko: ['투베로즈', '튜베로스', '월하향'], en: ['tube rose'] },
  neroli: { ko: ['네롤리향'], en: [] },
  bergamot: { ko: ['베르가모트', '버가못'], en: ['bergamotte'] },
  cedar: { ko: ['시더', '삼나무', '백향목'], en: ['cedarwood', 'cedar wood'] },
  'lily-of-the-valley': { ko: ['뮤게', '릴리 오브 더 밸리'], en: ['muguet', 'lily of valley'] },
  'orange-blossom': { ko: ['오렌지 블로썸', '오렌지 블로섬', '오렌지꽃'], en: ['orange flower'] },
  'tonka-bean': { ko: ['통카', '통카 빈'], en: ['tonka'] },
  peony: { ko: ['작약', '모란'], en: ['peonies'] },
  freesia: { ko: ['프리지어', '프리지아꽃'], en: ['freesias'] },
  fig: { ko: ['피그'], en: ['figs', 'fig leaf'] },
  peach: { ko: ['피치'], en: ['peaches'] },
  grapefruit: { ko: ['그레이프프루트'], en: [] },
  mandarin: { ko: ['귤', '만다린 오렌지'], en: ['mandarin orange', 'tangerine'] },
  tea: { ko: ['티', '녹차', '홍차'], en: ['black tea', 'green tea'] },
  iris: { ko: ['붓꽃', '오리스'], en: ['orris', 'orris root'] },
  oud: { ko: ['아우드', '오우드', '침향'], en: ['agarwood', 'oudh', 'aoud'] },
  incense: { ko: ['향나무 연기', '유향'], en: ['olibanum'] },
  tobacco: { ko: ['담배', '토바코'], en: [] },
  coffee: { ko: ['커피향'], en: [] },
  cardamom: { ko: ['카다몸', '카르다몸'], en: [] },
  saffron: { ko: ['샤프란'], en: [] },
  magnolia: { ko: ['매그놀리아'], en: [] },
  lavender: { ko: ['라벤다'], en: ['lavande'] },
  rose: { ko: ['로즈', '장미꽃'], en: ['roses'] },
};
