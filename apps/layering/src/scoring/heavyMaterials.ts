import type { AccordKey } from '@scentence/api/vocabulary';
import type { Localized } from './labels';
import { type LayeringNote, type LayeringPerfume, strengthOf } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';

/**
 * Materials so loud that one dominating perfume is enough: the same one dominating both perfumes
 * of a pair doubles it into a clash (docs/layering.md, "the same heavy accord twice").
 */
export interface HeavyMaterial {
  key: string;
  label: Localized;
  /** Words of the notes' slugs that name it ("agarwood-oud" → "oud"). */
  noteWords: readonly string[];
  /** The accords it makes; one of them must lead the perfume for the material to dominate. */
  accords: readonly AccordKey[];
  /** Words of a perfume's name that name it ("Oud Wood", "Royal Oud"). */
  nameWords: readonly string[];
}

export const HEAVY_MATERIALS: readonly HeavyMaterial[] = [
  {
    key: 'oud',
    label: { ko: '우드(침향)', en: 'oud' },
    noteWords: ['oud', 'agarwood', 'aoud'],
    accords: ['woody', 'smoky', 'resinous', 'animalic', 'leathery'],
    nameWords: ['oud', 'aoud', 'agarwood'],
  },
  {
    key: 'tuberose',
    label: { ko: '튜베로즈', en: 'tuberose' },
    noteWords: ['tuberose'],
    accords: ['white_floral'],
    nameWords: ['tuberose', 'tubereuse'],
  },
  {
    key: 'patchouli',
    label: { ko: '패출리', en: 'patchouli' },
    noteWords: ['patchouli'],
    accords: ['earthy'],
    nameWords: ['patchouli'],
  },
  {
    key: 'leather',
    label: { ko: '레더', en: 'leather' },
    noteWords: ['leather', 'suede'],
    accords: ['leathery'],
    nameWords: ['leather', 'cuir'],
  },
  {
    key: 'incense',
    label: { ko: '인센스', en: 'incense' },
    noteWords: ['incense', 'frankincense', 'olibanum'],
    accords: ['smoky', 'resinous'],
    nameWords: ['incense', 'encens'],
  },
];

/** A material dominates when one of its accords leads the perfume with at least this strength. */
const DOMINANT_STRENGTH = 60;

export interface DominantMaterial {
  material: HeavyMaterial;
  /** The note that carries it, when the pyramid names one. */
  note: LayeringNote | undefined;
}

const cache = new WeakMap<LayeringPerfume, readonly DominantMaterial[]>();

function findDominant(perfume: LayeringPerfume): DominantMaterial[] {
  const traits = traitsOf(perfume);
  return HEAVY_MATERIALS.flatMap((material) => {
    const note = material.noteWords.map((word) => traits.notesByWord.get(word)?.[0]).find(Boolean);
    const leading = material.accords.some(
      (accord) => traits.leads.includes(accord) && strengthOf(perfume, accord) >= DOMINANT_STRENGTH,
    );
    const named = material.nameWords.some((word) => traits.nameWords.includes(word));
    return named || (note && leading) ? [{ material, note }] : [];
  });
}

/** The heavy materials that dominate a perfume: named in its name, or in its notes with their accord leading. */
export function dominantMaterials(perfume: LayeringPerfume): readonly DominantMaterial[] {
  let found = cache.get(perfume);
  if (!found) {
    found = findDominant(perfume);
    cache.set(perfume, found);
  }
  return found;
}
