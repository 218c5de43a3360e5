import type { PerfumeSummary } from '@scentence/api/schemas';
import type { BrandFamily } from './bottleFamily';
import type { Box } from './bottleGeometry';

/** What the drawing needs of a perfume: a search result, a wardrobe entry or a map point all have it. */
export type BottlePerfume = Pick<PerfumeSummary, 'brand' | 'name' | 'nameKo' | 'concentration' | 'accords'>;

export interface GradientStop {
  offset: number;
  colour: string;
  opacity?: number;
}

export interface LinearGradient {
  id: string;
  /** Direction in the shape's bounding box, 0..1. */
  from: [number, number];
  to: [number, number];
  stops: GradientStop[];
}

export interface Shape {
  d: string;
  fill: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  /** The id of a clip path in `clips`. */
  clip?: string;
}

export interface TextLine {
  text: string;
  /** Centre of the line; `baseline` is where the glyphs sit. */
  x: number;
  baseline: number;
  size: number;
  weight: number;
  colour: string;
  /** Extra space between characters, in em. */
  tracking: number;
}

/** A bottle as data: the SVG markup and the share image are both drawn from it. */
export interface BottleDrawing {
  width: number;
  height: number;
  /** The house's family of shapes this bottle belongs to. */
  family: Pick<BrandFamily, 'body' | 'cap' | 'finish' | 'label'>;
  /** Where the glass body and the cap are. */
  body: Box;
  cap: Box;
  /** Unique per look, so that several bottles inline on one page keep their own gradients. */
  idPrefix: string;
  /** A pale wash of the perfume's main accord, for whatever sits behind the bottle. */
  backdrop: string;
  gradients: LinearGradient[];
  clips: { id: string; d: string }[];
  shapes: Shape[];
  /** The label's paper, where the text lines sit. */
  label: Box;
  text: TextLine[];
}
