import { ACCORD_KEYS, type AccordKey } from '@scentence/api/vocabulary';
import { wheelDistance } from './fragranceWheel';
import { accordLabel, joinLabels, localize, perfumeLabel } from './labels';
import { type LayeringNote, type LayeringPerfume, strengthOf } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';
import { type RuleFinding, uncappedFinding } from './ruleFinding';

/** Points for two identical accord profiles; less as they differ (cosine similarity). */
export const HARMONY_POINTS = 16;
/** An accord counts as shared from this strength in both. */
export const SHARED_ACCORD_MIN = 30;
/** Lead families this close on the wheel blend into each other even when the perfumes share no lead accord. */
export const WHEEL_NEIGHBOUR_STEPS = 2;
export const WHEEL_NEIGHBOUR_POINTS = 5;
/** Profiles this alike add nothing new when layered: they only get louder. */
export const REDUNDANT_SIMILARITY = 0.92;
export const REDUNDANT_POINTS = -4;
/** A note in the heart or base of both is a bridge; each counts this much, up to BRIDGE_POINTS_MAX. */
export const BRIDGE_POINTS = 3;
export const BRIDGE_POINTS_MAX = 8;

export function accordCosine(a: LayeringPerfume, b: LayeringPerfume): number {
  const [normA, normB] = [traitsOf(a).norm, traitsOf(b).norm];
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  for (const [key, strength] of traitsOf(a).ranked) dot += strength * strengthOf(b, key);
  return dot / (normA * normB);
}

export function sharedAccords(a: LayeringPerfume, b: LayeringPerfume): AccordKey[] {
  return ACCORD_KEYS.filter((key) => strengthOf(a, key) >= SHARED_ACCORD_MIN && strengthOf(b, key) >= SHARED_ACCORD_MIN)
    .map((key): [AccordKey, number] => [key, Math.min(strengthOf(a, key), strengthOf(b, key))])
    .sort(([k1, x], [k2, y]) => y - x || k1.localeCompare(k2))
    .map(([key]) => key);
}

/** Notes in the heart or base of both (a top note is gone before the two meet), by slug. */
export function bridgeNotes(a: LayeringPerfume, b: LayeringPerfume): LayeringNote[] {
  const inB = traitsOf(b).lastingNotes;
  return [...traitsOf(a).lastingNotes.values()]
    .filter((note) => inB.has(note.slug))
    .sort((x, y) => x.slug.localeCompare(y.slug));
}

/**
 * Lead accords of each within WHEEL_NEIGHBOUR_STEPS on the wheel, when the two lead with different
 * accords (the first such pair, in the leads' order).
 */
function wheelNeighbours(first: LayeringPerfume, second: LayeringPerfume): [AccordKey, AccordKey] | null {
  const [leadsA, leadsB] = [traitsOf(first).leads, traitsOf(second).leads];
  if (leadsA.some((key) => leadsB.includes(key))) return null;
  for (const x of leadsA) {
    for (const y of leadsB) {
      if (wheelDistance(x, y) <= WHEEL_NEIGHBOUR_STEPS) return [x, y];
    }
  }
  return null;
}

function hasSharedAccord(a: LayeringPerfume, b: LayeringPerfume): boolean {
  return traitsOf(a).ranked.some(
    ([key, strength]) => strength >= SHARED_ACCORD_MIN && strengthOf(b, key) >= SHARED_ACCORD_MIN,
  );
}

/** How alike the two accord profiles are: the shared lead accords by name, or a word that they share little. */
function likenessFinding(first: LayeringPerfume, second: LayeringPerfume, cosine: number): RuleFinding | null {
  const points = HARMONY_POINTS * cosine;
  if (hasSharedAccord(first, second)) {
    return uncappedFinding('harmony', 'harmony.shared_accords', points, () => {
      const accords = sharedAccords(first, second);
      const names = joinLabels(accords.slice(0, 3).map(accordLabel));
      const text = localize(
        {
          ko: '두 향수 모두 {accords} 계열이라 자연스럽게 이어져요',
          en: 'Both are {accords}: they flow into each other',
        },
        { accords: names },
      );
      return { text, accords };
    });
  }
  if (cosine <= 0) return null;
  return uncappedFinding('harmony', 'harmony.little_in_common', points, () => ({
    text: { ko: '겹치는 계열은 거의 없어요', en: 'They share little' },
  }));
}

function wheelNeighbourFinding(first: LayeringPerfume, second: LayeringPerfume): RuleFinding | null {
  const neighbours = wheelNeighbours(first, second);
  if (!neighbours) return null;
  const [x, y] = neighbours;
  return uncappedFinding('harmony', 'harmony.wheel_neighbours', WHEEL_NEIGHBOUR_POINTS, () => ({
    text: localize(
      {
        ko: '{ax:와/과} {by:은/는} 향의 바퀴에서 가까운 계열이라 경계 없이 섞여요',
        en: '{ax} and {by} sit close on the fragrance wheel: they blend without a seam',
      },
      { ax: accordLabel(x), by: accordLabel(y) },
    ),
    accords: [x, y],
  }));
}

function redundantFinding(cosine: number): RuleFinding | null {
  if (cosine < REDUNDANT_SIMILARITY) return null;
  return uncappedFinding('caution', 'caution.redundant', REDUNDANT_POINTS, () => ({
    text: {
      ko: '둘이 거의 같은 향이라 겹쳐 뿌리면 새로운 향이 되기보다 더 진해지기만 해요',
      en: 'They smell almost alike: layered, they get louder rather than new',
    },
  }));
}

function bridgeFinding(first: LayeringPerfume, second: LayeringPerfume): RuleFinding | null {
  const bridges = bridgeNotes(first, second);
  if (bridges.length === 0) return null;
  const points = Math.min(BRIDGE_POINTS_MAX, BRIDGE_POINTS * bridges.length);
  return uncappedFinding('bridge', 'bridge.shared_notes', points, () => {
    const names = joinLabels(bridges.slice(0, 3).map((note) => ({ ko: note.nameKo ?? note.name, en: note.name })));
    const text = localize(
      {
        ko: '{notes} 노트가 {a:와/과} {b}의 잔향을 잇는 다리가 돼요',
        en: '{notes} in the heart or base of both bridge {a} and {b}',
      },
      { notes: names, a: perfumeLabel(first), b: perfumeLabel(second) },
    );
    return { text, notes: bridges };
  });
}

/**
 * Shared accords, neighbouring families, a near-copy, and bridge notes (docs/layering.md,
 * "Harmony"). `first` has the lower id.
 */
export function harmonyFindings(first: LayeringPerfume, second: LayeringPerfume): RuleFinding[] {
  const cosine = accordCosine(first, second);
  return [
    likenessFinding(first, second, cosine),
    wheelNeighbourFinding(first, second),
    redundantFinding(cosine),
    bridgeFinding(first, second),
  ].filter((finding): finding is RuleFinding => finding !== null);
}
