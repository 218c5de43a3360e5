import { BOTTLE_INK, darken, lighten } from './bottleColours';
import type { Shape } from './bottleDrawingTypes';
import type { BrandFamily } from './bottleFamily';
import { type Box, bodyPath, capPath, ellipsePath, gemFacetsPath, rectPath } from './bottleGeometry';
import { type BottleLayout, GROUND } from './bottleLayout';

/** The shadow, the neck, the glass body, the liquid in it and the glass's reflections. */
export function glassShapesOf(
  bodyKind: BrandFamily['body'],
  { centre, body, neck, inner, liquidTop, highlightAt }: BottleLayout,
  mainLiquid: string,
  id: (part: string) => string,
): Shape[] {
  const outline = { stroke: BOTTLE_INK, strokeOpacity: 0.32, strokeWidth: 1 };
  return [
    // The shadow on the ground.
    { d: ellipsePath(centre, GROUND + 1, body.width * 0.56, 3.2), fill: BOTTLE_INK, fillOpacity: 0.12 },
    { d: rectPath(neck, 1), fill: lighten(mainLiquid, 0.55), ...outline },
    { d: bodyPath(bodyKind, body), fill: `url(#${id('glass')})`, ...outline },
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
}

/** The collar of a stronger concentration, the cap in its material, and the cap's sheen. */
export function capShapesOf(
  capKind: BrandFamily['cap'],
  capDark: string,
  withCollar: boolean,
  { centre, neck, cap }: BottleLayout,
  id: (part: string) => string,
): Shape[] {
  const capStroke = { stroke: darken(capDark, 0.4), strokeOpacity: 0.45, strokeWidth: 0.8 };
  const shapes: Shape[] = [];
  if (withCollar) {
    const collar: Box = {
      x: centre - neck.width / 2 - 2,
      y: neck.y + neck.height * 0.45,
      width: neck.width + 4,
      height: 3,
    };
    shapes.push({ d: rectPath(collar, 1), fill: `url(#${id('cap')})`, ...capStroke });
  }
  shapes.push({ d: capPath(capKind, cap), fill: `url(#${id('cap')})`, ...capStroke });
  if (capKind === 'gem') {
    shapes.push({ d: gemFacetsPath(cap), fill: 'none', stroke: '#ffffff', strokeOpacity: 0.45, strokeWidth: 0.6 });
  }
  // The sheen along the cap.
  shapes.push({
    d: rectPath(
      {
        x: cap.x + cap.width * 0.18,
        y: cap.y + cap.height * 0.15,
        width: Math.max(1, cap.width * 0.08),
        height: cap.height * 0.6,
      },
      0.6,
    ),
    fill: '#ffffff',
    fillOpacity: capKind === 'disc' ? 0 : 0.35,
  });
  return shapes;
}
