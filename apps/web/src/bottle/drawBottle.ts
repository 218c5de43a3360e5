import type { PerfumeSummary } from '@scentence/api/schemas';
import type { Locale } from '../i18n/locale';
import { BOTTLE_INK, backdropOf, darken, lighten, liquidStops, mix } from './bottleColours';
import { type BrandFamily, brandFamilyOf, CAP_FINISHES, concentrationShapeOf, perfumeSeedOf } from './bottleFamily';
import {
  type Box,
  bodyPath,
  capPath,
  capSizeOf,
  ellipsePath,
  flatFaceOf,
  gemFacetsPath,
  rectPath,
} from './bottleGeometry';
import { fitText } from './labelFit';
import { between, hashOf, pick, randomFrom } from './seededRandom';

/** What the drawing needs of a perfume: a search result, a wardrobe entry or a map point all have it. */
export type BottlePerfume = Pick<PerfumeSummary, 'brand' | 'name' | 'nameKo' | 'concentration' | 'accords'>;

export const BOTTLE_WIDTH = 120;
export const BOTTLE_HEIGHT = 160;
const GROUND = 150;
const TOP_MARGIN = 6;
const LABEL_PAPER = '#fbf8f2';

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

/** The name a reader of `locale` knows the perfume by. */
export function labelNameOf(perfume: Pick<BottlePerfume, 'name' | 'nameKo'>, locale: Locale): string {
  return locale === 'ko' && perfume.nameKo ? perfume.nameKo : perfume.name;
}

/**
 * A perfume's bottle, the same every time for the same perfume: the house decides the family of
 * shapes (body, cap, its material, the label), the concentration its build (colognes tall and
 * pale, extraits squat, deep and crowned), the perfume its own proportions and fill level, the
 * accords the colour of the liquid.
 */
export function drawBottle(perfume: BottlePerfume, locale: Locale): BottleDrawing {
  const family = brandFamilyOf(perfume.brand);
  const build = concentrationShapeOf(perfume.concentration);
  const random = randomFrom(perfumeSeedOf(perfume.brand, perfume.name, perfume.concentration));

  let bodyWidth = family.bodyWidth * build.width * between(random, 0.95, 1.05);
  let bodyHeight = family.bodyHeight * build.height * between(random, 0.95, 1.05);
  const fillLevel = between(random, 0.6, 0.86);
  const labelShift = between(random, -0.04, 0.06);
  const liquidDirection = pick(random, ['down', 'diagonal', 'up'] as const);
  const highlightAt = between(random, 0.1, 0.2);

  const cap = capSizeOf(family.cap, bodyWidth);
  let capWidth = Math.min(cap.width * Math.sqrt(family.capScale * build.cap), bodyWidth * 0.95);
  let capHeight = cap.height * family.capScale * build.cap;
  let neckHeight = family.neckHeight;
  // A tall build with a tall cap must still fit under the top edge.
  const room = GROUND - TOP_MARGIN;
  const total = bodyHeight + neckHeight + capHeight;
  if (total > room) {
    const scale = room / total;
    bodyHeight *= scale;
    capHeight *= scale;
    neckHeight *= scale;
    if (family.cap === 'ball') capWidth *= scale;
  }
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
  const capBox: Box = { x: centre - capWidth / 2, y: neck.y - capHeight + 1, width: capWidth, height: capHeight };

  const glass = family.glass;
  const inner: Box = {
    x: body.x + glass,
    y: body.y + glass,
    width: body.width - glass * 2,
    height: body.height - glass * (1 + build.base),
  };
  const liquidTop = inner.y + inner.height * (1 - fillLevel);

  const stops = liquidStops(perfume.accords, build.depth);
  const mainLiquid = stops[0]?.colour ?? BOTTLE_INK;
  const [capLight, capDark] = CAP_FINISHES[family.finish];
  const idPrefix = `bottle-${hashOf(JSON.stringify([perfume.brand, perfume.name, perfume.concentration, stops])).toString(36)}`;
  const id = (part: string) => `${idPrefix}-${part}`;

  const directions: Record<typeof liquidDirection, Pick<LinearGradient, 'from' | 'to'>> = {
    down: { from: [0, 0], to: [0, 1] },
    diagonal: { from: [0, 0], to: [1, 1] },
    up: { from: [0, 1], to: [0, 0] },
  };
  const direction = directions[liquidDirection];

  const gradients: LinearGradient[] = [
    {
      id: id('liquid'),
      ...direction,
      stops:
        stops.length === 1
          ? [
              { offset: 0, colour: lighten(mainLiquid, 0.15) },
              { offset: 1, colour: mainLiquid },
            ]
          : stops,
    },
    {
      id: id('glass'),
      from: [0, 0],
      to: [1, 0],
      stops: [
        { offset: 0, colour: '#ffffff', opacity: 0.7 },
        { offset: 0.5, colour: lighten(mainLiquid, 0.85), opacity: 0.35 },
        { offset: 1, colour: darken(lighten(mainLiquid, 0.6), 0.2), opacity: 0.45 },
      ],
    },
    {
      id: id('cap'),
      from: [0, 0],
      to: [1, 0.3],
      stops: [
        { offset: 0, colour: capLight },
        { offset: 0.45, colour: mix(capLight, capDark, 0.35) },
        { offset: 1, colour: capDark },
      ],
    },
  ];

  const bodyOutline = bodyPath(family.body, body);
  const innerOutline = bodyPath(family.body, inner);
  const outline = { stroke: BOTTLE_INK, strokeOpacity: 0.32, strokeWidth: 1 };
  const capStroke = { stroke: darken(capDark, 0.4), strokeOpacity: 0.45, strokeWidth: 0.8 };

  const shapes: Shape[] = [
    // The shadow on the ground.
    { d: ellipsePath(centre, GROUND + 1, bodyWidth * 0.56, 3.2), fill: BOTTLE_INK, fillOpacity: 0.12 },
    { d: rectPath(neck, 1), fill: lighten(mainLiquid, 0.55), ...outline },
    { d: bodyOutline, fill: `url(#${id('glass')})`, ...outline },
    {
      d: rectPath({
        x: inner.x - 1,
        y: liquidTop,
        width: inner.width + 2,
        height: inner.y + inner.height - liquidTop + 1,
      }),
      fill: `url(#${id('liquid')})`,
      fillOpacity: 0.92,
      clip: id('inner'),
    },
    // The meniscus: a bright line where the liquid meets the air.
    {
      d: rectPath({ x: inner.x - 1, y: liquidTop, width: inner.width + 2, height: 0.9 }),
      fill: '#ffffff',
      fillOpacity: 0.6,
      clip: id('inner'),
    },
    // Reflections on the glass: a broad one near the left edge, a thin one on the right.
    {
      d: rectPath(
        { x: body.x + body.width * highlightAt, y: inner.y + 3, width: body.width * 0.07, height: inner.height * 0.8 },
        2,
      ),
      fill: '#ffffff',
      fillOpacity: 0.5,
      clip: id('inner'),
    },
    {
      d: rectPath({ x: body.x + body.width * 0.86, y: inner.y + 6, width: 1.4, height: inner.height * 0.55 }, 0.7),
      fill: '#ffffff',
      fillOpacity: 0.45,
      clip: id('inner'),
    },
  ];

  if (build.collar) {
    const collar: Box = {
      x: centre - neckWidth / 2 - 2,
      y: neck.y + neck.height * 0.45,
      width: neckWidth + 4,
      height: 3,
    };
    shapes.push({ d: rectPath(collar, 1), fill: `url(#${id('cap')})`, ...capStroke });
  }
  shapes.push({ d: capPath(family.cap, capBox), fill: `url(#${id('cap')})`, ...capStroke });
  if (family.cap === 'gem') {
    shapes.push({ d: gemFacetsPath(capBox), fill: 'none', stroke: '#ffffff', strokeOpacity: 0.45, strokeWidth: 0.6 });
  }
  // The sheen along the cap.
  shapes.push({
    d: rectPath(
      {
        x: capBox.x + capBox.width * 0.18,
        y: capBox.y + capBox.height * 0.15,
        width: Math.max(1, capBox.width * 0.08),
        height: capBox.height * 0.6,
      },
      0.6,
    ),
    fill: '#ffffff',
    fillOpacity: family.cap === 'disc' ? 0 : 0.35,
  });

  const face = flatFaceOf(family.body, inner);
  const { label, labelShapes, textArea } = labelOf(family.label, face, labelShift);
  shapes.push(...labelShapes);

  return {
    width: BOTTLE_WIDTH,
    height: BOTTLE_HEIGHT,
    family: { body: family.body, cap: family.cap, finish: family.finish, label: family.label },
    body,
    cap: capBox,
    idPrefix,
    backdrop: backdropOf(perfume.accords),
    gradients,
    clips: [{ id: id('inner'), d: innerOutline }],
    shapes,
    label,
    text: labelText(perfume, locale, textArea),
  };
}

function labelOf(
  kind: BrandFamily['label'],
  face: Box,
  shift: number,
): { label: Box; labelShapes: Shape[]; textArea: Box } {
  const rounded = kind === 'oval';
  const width = kind === 'band' ? face.width : face.width * (rounded ? 0.86 : 0.78);
  const height = Math.min(width * (rounded ? 0.62 : 0.74), face.height * (kind === 'band' ? 0.42 : 0.5));
  const centreY = face.y + face.height * (0.5 + shift);
  const label: Box = { x: face.x + (face.width - width) / 2, y: centreY - height / 2, width, height };
  const paper = { fill: LABEL_PAPER, stroke: BOTTLE_INK, strokeOpacity: 0.14, strokeWidth: 0.6 };
  const labelShapes: Shape[] =
    kind === 'oval'
      ? [{ d: ellipsePath(label.x + width / 2, centreY, width / 2, height / 2), ...paper }]
      : [{ d: rectPath(label, kind === 'card' ? 2 : 0.6), ...paper }];
  if (kind === 'tag') {
    const inset = 1.6;
    labelShapes.push({
      d: rectPath(
        { x: label.x + inset, y: label.y + inset, width: width - inset * 2, height: height - inset * 2 },
        0.4,
      ),
      fill: 'none',
      stroke: BOTTLE_INK,
      strokeOpacity: 0.4,
      strokeWidth: 0.35,
    });
  }
  // An oval's corners are not paper: text keeps to its middle.
  const padX = rounded ? width * 0.17 : kind === 'band' ? 4 : 3.2;
  const padY = rounded ? height * 0.16 : 2.6;
  return {
    label,
    labelShapes,
    textArea: { x: label.x + padX, y: label.y + padY, width: width - padX * 2, height: height - padY * 2 },
  };
}

const BRAND_TRACKING = 0.12;

/** The house in small capitals, then the name as large as the label allows. */
function labelText(perfume: BottlePerfume, locale: Locale, area: Box): TextLine[] {
  const centre = area.x + area.width / 2;
  const brand = fitText({
    text: perfume.brand.toLocaleUpperCase('en-US'),
    width: area.width,
    height: area.height * 0.3,
    weight: 600,
    maxSize: Math.min(4.2, area.height * 0.2),
    minSize: 2.6,
    maxLines: 1,
    tracking: BRAND_TRACKING,
  });
  const gap = brand.size * 0.5;
  const nameHeight = area.height - brand.lineHeight - gap;
  const name = fitText({
    text: labelNameOf(perfume, locale),
    width: area.width,
    height: nameHeight,
    weight: 700,
    maxSize: Math.min(10, nameHeight * 0.62),
    minSize: 3.4,
    maxLines: 3,
  });
  const blockHeight = brand.lineHeight + gap + name.lines.length * name.lineHeight;
  const top = area.y + (area.height - blockHeight) / 2;
  // Glyphs sit about 0.8 em below the top of their line box (Pretendard's ascent in a 1.18 line).
  const baselineIn = (lineTop: number, size: number, lineHeight: number) =>
    lineTop + (lineHeight - size) / 2 + size * 0.84;
  const brandLine: TextLine = {
    text: brand.lines[0] ?? '',
    x: centre,
    baseline: baselineIn(top, brand.size, brand.lineHeight),
    size: brand.size,
    weight: 600,
    colour: mix(BOTTLE_INK, LABEL_PAPER, 0.3),
    tracking: BRAND_TRACKING,
  };
  const nameTop = top + brand.lineHeight + gap;
  return [
    brandLine,
    ...name.lines.map((text, index) => ({
      text,
      x: centre,
      baseline: baselineIn(nameTop + index * name.lineHeight, name.size, name.lineHeight),
      size: name.size,
      weight: 700,
      colour: BOTTLE_INK,
      tracking: 0,
    })),
  ];
}
