import type { Random } from '@scentence/domain/random';
import type { BrandFamily, ConcentrationShape } from './bottleFamily';
import { type Box, capSizeOf } from './bottleGeometry';
import { between, pick } from './randomPicks';

export const BOTTLE_WIDTH = 120;
export const BOTTLE_HEIGHT = 160;
export const GROUND = 150;
const TOP_MARGIN = 6;

const LIQUID_DIRECTIONS = ['down', 'diagonal', 'up'] as const;
export type LiquidDirection = (typeof LIQUID_DIRECTIONS)[number];

/** Where each part of one perfume's bottle sits, and the touches its seed gives it. */
export interface BottleLayout {
  centre: number;
  body: Box;
  neck: Box;
  cap: Box;
  /** The inside of the glass, where the liquid is. */
  inner: Box;
  liquidTop: number;
  labelShift: number;
  liquidDirection: LiquidDirection;
  /** Where the broad reflection sits, as a share of the body's width. */
  highlightAt: number;
}

interface Heights {
  bodyHeight: number;
  capWidth: number;
  capHeight: number;
  neckHeight: number;
}

export function layoutBottle(family: BrandFamily, build: ConcentrationShape, random: Random): BottleLayout {
  // The draws keep this order: the same seed must keep giving the same bottle.
  const wantedWidth = family.bodyWidth * build.width * between(random, 0.95, 1.05);
  const wantedHeight = family.bodyHeight * build.height * between(random, 0.95, 1.05);
  const fillLevel = between(random, 0.6, 0.86);
  const labelShift = between(random, -0.04, 0.06);
  const liquidDirection = pick(random, LIQUID_DIRECTIONS);
  const highlightAt = between(random, 0.1, 0.2);

  const { bodyHeight, capWidth, capHeight, neckHeight } = fitUnderTop(family, build, wantedWidth, wantedHeight);
  let bodyWidth = wantedWidth;
  if (family.body === 'round') bodyWidth = Math.max(bodyWidth, bodyHeight * 0.98);
  bodyWidth = Math.min(bodyWidth, BOTTLE_WIDTH - 12);

  const centre = BOTTLE_WIDTH / 2;
  const body: Box = { x: centre - bodyWidth / 2, y: GROUND - bodyHeight, width: bodyWidth, height: bodyHeight };
  // Round and oval bodies meet their neck below the bounding box's top edge.
  const neckBase = family.body === 'oval' || family.body === 'round' ? body.y + 2 : body.y + 0.5;
  const neckWidth = Math.max(7, Math.min(capWidth * 0.55, bodyWidth * 0.32));
  const neck: Box = {
    x: centre - neckWidth / 2,
    y: body.y - neckHeight,
    width: neckWidth,
    height: neckBase - body.y + neckHeight,
  };
  const cap: Box = { x: centre - capWidth / 2, y: neck.y - capHeight + 1, width: capWidth, height: capHeight };

  const glass = family.glass;
  const inner: Box = {
    x: body.x + glass,
    y: body.y + glass,
    width: body.width - glass * 2,
    height: body.height - glass * (1 + build.base),
  };
  const liquidTop = inner.y + inner.height * (1 - fillLevel);
  return { centre, body, neck, cap, inner, liquidTop, labelShift, liquidDirection, highlightAt };
}

/** A tall build with a tall cap must still fit under the top edge. */
function fitUnderTop(family: BrandFamily, build: ConcentrationShape, bodyWidth: number, bodyHeight: number): Heights {
  const cap = capSizeOf(family.cap, bodyWidth);
  const heights: Heights = {
    bodyHeight,
    capWidth: Math.min(cap.width * Math.sqrt(family.capScale * build.cap), bodyWidth * 0.95),
    capHeight: cap.height * family.capScale * build.cap,
    neckHeight: family.neckHeight,
  };
  const room = GROUND - TOP_MARGIN;
  const total = heights.bodyHeight + heights.neckHeight + heights.capHeight;
  if (total > room) {
    const scale = room / total;
    heights.bodyHeight *= scale;
    heights.capHeight *= scale;
    heights.neckHeight *= scale;
    if (family.cap === 'ball') heights.capWidth *= scale;
  }
  return heights;
}
