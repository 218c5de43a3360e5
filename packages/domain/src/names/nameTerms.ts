import nameTermGroups from './nameTerms.json' with { type: 'json' };

/**
 * Korean spellings of words that perfume names are made of, and the Latin words they stand for
 * (one Korean word may stand for several: 우드 is "oud" and "wood", 블루 "bleu" and "blue").
 * Imported catalogs carry Korean names only for the houses we know, so a Korean query reaches
 * the other perfumes through these. Written by hand in nameTerms.json, in groups of one kind of
 * word; spelling variants that the jamo folding already joins (쥬 / 주, 쁘 / 프, ㅐ / ㅔ) need not
 * be listed.
 */
export const NAME_TERMS: Readonly<Record<string, readonly string[]>> = joinGroups(nameTermGroups);

/** One table of all groups. (The JSON's type gives every group the other groups' words as undefined.) */
function joinGroups(
  groups: readonly { about: string; terms: Readonly<Record<string, readonly string[] | undefined>> }[],
) {
  const terms: Record<string, readonly string[]> = {};
  for (const group of groups) {
    for (const [korean, latin] of Object.entries(group.terms)) {
      if (latin === undefined) continue;
      // A word repeated within a group is a lint error in JSON; across groups it is caught here.
      if (korean in terms) throw new Error(`nameTerms.json lists ${korean} twice`);
      terms[korean] = latin;
    }
  }
  return terms;
}
