import type { ConcentrationKey } from '@scentence/api/vocabulary';
import { seededRandom } from '@scentence/domain/random';
import { between, hashOf, pick } from './randomPicks';

export const BODY_KINDS = ['column', 'block', 'shoulder', 'arch', 'oval', 'round', 'taper', 'facet'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const CAP_KINDS = ['cylinder', 'cube', 'ball', 'disc', 'dome', 'column', 'gem'] as const;
export type CapKind = (typeof CAP_KINDS)[number];

export const LABEL_KINDS = ['card', 'band', 'oval', 'tag'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** Cap materials: a light and a dark tone for the sheen across the cap. */
export const CAP_FINISHES = {
  gold: ['#f0dcaa', '#a8823f'],
  silver: ['#f2f3f5', '#8c929a'],
  black: ['#5b5551', '#1c1917'],
  ivory: ['#fffdf8', '#cfc5b6'],
  wood: ['#bf9670', '#654329'],
  rose: ['#f3d6cb', '#b07c6c'],
  smoke: ['#9a93a0', '#433e48'],
} as const;
export type CapFinish = keyof typeof CAP_FINISHES;

/** What a house keeps across its perfumes, so they read as one family. */
export interface BrandFamily {
  body: BodyKind;
  cap: CapKind;
  finish: CapFinish;
  label: LabelKind;
  bodyWidth: number;
  bodyHeight: number;
  capScale: number;
  neckHeight: number;
  glass: number;
}

/** Body proportions per kind, in the drawing's 120 × 160 units: [min width, max width, height per width]. */
const BODY_PROPORTIONS: Record<BodyKind, [number, number, number]> = {
  column: [44, 52, 1.85],
  block: [62, 70, 1.05],
  shoulder: [54, 62, 1.45],
  arch: [54, 62, 1.4],
  oval: [62, 70, 1.12],
  round: [66, 74, 0.96],
  taper: [56, 64, 1.38],
  facet: [58, 66, 1.16],
};

function normalised(text: string): string {
  return text.normalize('NFKC').trim().toLocaleLowerCase('en-US').replace(/\s+/g, ' ');
}

export function brandFamilyOf(brand: string): BrandFamily {
  const random = seededRandom(hashOf(`brand:${normalised(brand)}`));
  const body = pick(random, BODY_KINDS);
  const [minWidth, maxWidth, heightPerWidth] = BODY_PROPORTIONS[body];
  const bodyWidth = between(random, minWidth, maxWidth);
  return {
    body,
    cap: pick(random, CAP_KINDS),
    finish: pick(random, Object.keys(CAP_FINISHES) as CapFinish[]),
    // An oval label needs a body wide enough to hold it.
    label: pick(random, body === 'column' ? LABEL_KINDS.filter((kind) => kind !== 'oval') : LABEL_KINDS),
    bodyWidth,
    bodyHeight: bodyWidth * heightPerWidth * between(random, 0.94, 1.06),
    capScale: between(random, 0.85, 1.15),
    neckHeight: between(random, 2.5, 7),
    glass: between(random, 1.8, 3.2),
  };
}

/** How a concentration changes the house's bottle: colognes tall and pale, extraits squat, deep and crowned. */
export interface ConcentrationShape {
  height: number;
  width: number;
  /** > 0 deepens the liquid towards ink, < 0 pales it towards white. */
  depth: number;
  cap: number;
  /** A metal ring at the neck. */
  collar: boolean;
  /** How much thicker the glass is at the base than at the sides. */
  base: number;
}

const CONCENTRATION_SHAPES: Record<ConcentrationKey, ConcentrationShape> = {
  cologne: { height: 1.12, width: 0.86, depth: -0.5, cap: 0.85, collar: false, base: 1.2 },
  edc: { height: 1.1, width: 0.88, depth: -0.42, cap: 0.9, collar: false, base: 1.2 },
  edt: { height: 1.04, width: 0.94, depth: -0.2, cap: 0.95, collar: false, base: 1.5 },
  edp: { height: 1, width: 1, depth: 0, cap: 1, collar: false, base: 2 },
  parfum: { height: 0.86, width: 1.04, depth: 0.1, cap: 1.14, collar: true, base: 3 },
  extrait: { height: 0.8, width: 1.06, depth: 0.18, cap: 1.22, collar: true, base: 3.6 },
  oil: { height: 0.6, width: 0.58, depth: 0.12, cap: 1, collar: false, base: 1.5 },
};

export function concentrationShapeOf(concentration: ConcentrationKey | null): ConcentrationShape {
  return CONCENTRATION_SHAPES[concentration ?? 'edp'];
}

/** The seed of everything that makes one perfume's bottle its own within its house. */
export function perfumeSeedOf(brand: string, name: string, concentration: ConcentrationKey | null): number {
  return hashOf(`perfume:${normalised(brand)}|${normalised(name)}|${concentration ?? ''}`);
}
