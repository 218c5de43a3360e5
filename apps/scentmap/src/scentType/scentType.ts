import {
  type PerfumeSummary,
  SCENT_FAMILIES,
  type ScentPersona,
  type ScentTypeCard,
  type TasteProfile,
} from '@scentence/api/schemas';
import { ACCORD_KEYS, ACCORDS, type AccordKey } from '@scentence/api/vocabulary';
import { EXPLORER_PERSONA, PERSONAS, type PersonaKey, type PersonaText } from './personas';
import { familyPairKey, SCENT_FAMILY_OF_ACCORD } from './scentFamilies';

/** What a card says, before it gets its id and date. */
export interface ScentTypeReading {
  basis: ScentTypeCard['basis'];
  accords: { key: AccordKey; weight: number }[];
  counts: ScentTypeCard['counts'];
}

const LEADING = 3;
/** A liked perfume of the wardrobe says as much as this many explored ones. */
const OWNED_WEIGHT = 2;
/** The last explored perfume counts this much more than the first (what caught the eye lately). */
const RECENT_BOOST = 0.5;
/** An accord of a perfume to try next counts as shared from this strength (the search's "present"). */
const SHARED_MIN_STRENGTH = 30;
const ACCORD_LABEL = new Map(ACCORDS.map((accord) => [accord.key, accord]));

const round1 = (value: number) => Math.round(value * 10) / 10;

function scaledToHundred(totals: Map<AccordKey, number>): Map<AccordKey, number> {
  const largest = Math.max(0, ...totals.values());
  return new Map([...totals].map(([key, total]) => [key, largest > 0 ? (total / largest) * 100 : 0]));
}

/**
 * The leading accords of what was explored (each perfume's accord strengths, the more recent a
 * little more) and of the wardrobe's taste (its accord weights, each liked perfume worth two
 * explored ones), strongest first, scaled so the first is 100.
 */
export function readScentType(
  explored: readonly (readonly { key: AccordKey; strength: number }[])[],
  taste: TasteProfile | null,
): ScentTypeReading {
  const exploredTotals = new Map<AccordKey, number>();
  explored.forEach((accords, index) => {
    const weight = 1 + (explored.length > 1 ? (RECENT_BOOST * index) / (explored.length - 1) : 0);
    for (const accord of accords) {
      exploredTotals.set(accord.key, (exploredTotals.get(accord.key) ?? 0) + (weight * accord.strength) / 100);
    }
  });
  const owned = taste?.entries ?? 0;
  const ownedAccords = new Map((taste?.accords ?? []).map((accord) => [accord.key, accord.weight]));
  const exploredShare = explored.length / Math.max(1, explored.length + OWNED_WEIGHT * owned);
  const scaledExplored = scaledToHundred(exploredTotals);
  const combined = new Map<AccordKey, number>();
  for (const key of ACCORD_KEYS) {
    const value = (scaledExplored.get(key) ?? 0) * exploredShare + (ownedAccords.get(key) ?? 0) * (1 - exploredShare);
    if (value > 0) combined.set(key, value);
  }
  const leading = [...scaledToHundred(combined)]
    .sort(([a, x], [b, y]) => y - x || ACCORD_KEYS.indexOf(a) - ACCORD_KEYS.indexOf(b))
    .slice(0, LEADING)
    .map(([key, weight]) => ({ key, weight: round1(weight) }));
  const basis =
    leading.length === 0
      ? 'none'
      : explored.length > 0 && owned > 0
        ? 'both'
        : explored.length > 0
          ? 'explored'
          : 'wardrobe';
  return { basis, accords: leading, counts: { explored: explored.length, owned } };
}

/** The persona of the two leading accords' families (one accord: its family twice). */
export function personaOf(accords: readonly AccordKey[]): ScentPersona {
  const [first, second = first] = accords;
  if (first === undefined || second === undefined) return { key: 'explorer', families: [], ...EXPLORER_PERSONA };
  const a = SCENT_FAMILY_OF_ACCORD[first];
  const b = SCENT_FAMILY_OF_ACCORD[second];
  const key = familyPairKey(a, b);
  const families = SCENT_FAMILIES.indexOf(a) <= SCENT_FAMILIES.indexOf(b) ? [a, b] : [b, a];
  const persona: PersonaText = Object.hasOwn(PERSONAS, key) ? PERSONAS[key as PersonaKey] : EXPLORER_PERSONA;
  return { key, families, ...persona };
}

function englishList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why this perfume is the one to try next: the leading accords it carries. */
export function tryNextReason(perfume: PerfumeSummary, leading: readonly AccordKey[]): { ko: string; en: string } {
  const carried = new Set(
    perfume.accords.filter((accord) => accord.strength >= SHARED_MIN_STRENGTH).map((accord) => accord.key),
  );
  const shared = leading.filter((key) => carried.has(key));
  if (shared.length === 0) {
    return {
      ko: '당신의 향 유형과 전체적인 결이 닮았고, 아직 지도에서 열어 보지 않은 향수예요.',
      en: 'Close in overall character to your scent type, and one you have not opened on the map yet.',
    };
  }
  const ko = shared.map((key) => ACCORD_LABEL.get(key)?.ko ?? key).join('·');
  const en = englishList(shared.map((key) => (ACCORD_LABEL.get(key)?.en ?? key).toLowerCase()));
  return {
    ko: `당신의 향 유형을 이루는 ${ko} 어코드를 담고 있고, 아직 지도에서 열어 보지 않은 향수예요.`,
    en: `It carries the ${en} ${shared.length === 1 ? 'accord' : 'accords'} of your scent type, and you have not opened it on the map yet.`,
  };
}

/** The whole card from its reading, the perfume to try next (if any), its id and its date. */
export function scentTypeCard(
  reading: ScentTypeReading,
  tryNext: PerfumeSummary | null,
  id: string,
  createdAt: Date,
): ScentTypeCard {
  const keys = reading.accords.map((accord) => accord.key);
  return {
    id,
    basis: reading.basis,
    accords: reading.accords,
    colors: keys.map((key) => ACCORD_LABEL.get(key)?.color ?? '#B0BEC5'),
    persona: personaOf(keys),
    tryNext: tryNext ? { perfume: tryNext, reason: tryNextReason(tryNext, keys) } : null,
    counts: reading.counts,
    createdAt: createdAt.toISOString(),
  };
}
