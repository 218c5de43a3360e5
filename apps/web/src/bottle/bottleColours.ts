import type { PerfumeSummary } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey } from '@scentence/api/vocabulary';

/** The page background (globals.css --bg): tints are mixed towards it so they sit on the page. */
const PAGE = '#faf6f1';
const INK = '#2a2420';
const CLEAR_LIQUID = '#e9dfd2';

// The accord colours are the vocabulary's, the same ones the accord bars and the map use.
const COLOUR_BY_ACCORD = new Map<AccordKey, string>(ACCORDS.map((accord) => [accord.key, accord.color]));

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` 0 keeps `from`, 1 gives `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = rgbOf(from);
  const b = rgbOf(to);
  return hexOf([0, 1, 2].map((i) => (a[i] ?? 0) + ((b[i] ?? 0) - (a[i] ?? 0)) * amount) as Rgb);
}

export function lighten(colour: string, amount: number): string {
  return mix(colour, '#ffffff', amount);
}

export function darken(colour: string, amount: number): string {
  return mix(colour, INK, amount);
}

export interface LiquidStop {
  /** 0..1 along the liquid. */
  offset: number;
  colour: string;
}

/**
 * The liquid: the strongest accords' colours as bands sized by strength (three at most, so it
 * stays a colour and not a rainbow), lightened or deepened by the concentration.
 */
export function liquidStops(accords: PerfumeSummary['accords'], depth: number): LiquidStop[] {
  const strongest = accords
    .filter(({ key }) => COLOUR_BY_ACCORD.has(key))
    .slice(0, 3)
    .map(({ key, strength }) => ({
      colour: COLOUR_BY_ACCORD.get(key) ?? CLEAR_LIQUID,
      weight: Math.max(strength, 10),
    }));
  const adjust = (colour: string) => (depth >= 0 ? darken(colour, depth) : lighten(colour, -depth));
  if (strongest.length === 0) return [{ offset: 0, colour: adjust(CLEAR_LIQUID) }];
  const total = strongest.reduce((sum, { weight }) => sum + weight, 0);
  let start = 0;
  return strongest.map(({ colour, weight }) => {
    // Each stop sits in the middle of its band; the gradient blends between neighbours.
    const offset = (start + weight / 2) / total;
    start += weight;
    return { offset: Math.round(offset * 1000) / 1000, colour: adjust(colour) };
  });
}

/** A pale wash of the strongest accord, for the panel behind the bottle. */
export function backdropOf(accords: PerfumeSummary['accords']): string {
  const strongest = accords.find(({ key }) => COLOUR_BY_ACCORD.has(key));
  const colour = strongest ? (COLOUR_BY_ACCORD.get(strongest.key) ?? CLEAR_LIQUID) : CLEAR_LIQUID;
  return mix(colour, PAGE, 0.8);
}

export const BOTTLE_INK = INK;
