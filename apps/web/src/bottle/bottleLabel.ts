import type { Locale } from '../i18n/locale';
import { BOTTLE_INK, mix } from './bottleColours';
import type { BottlePerfume, Shape, TextLine } from './bottleDrawingTypes';
import type { BrandFamily } from './bottleFamily';
import { type Box, ellipsePath, rectPath } from './bottleGeometry';
import { fitText } from './labelFit';

const LABEL_PAPER = '#fbf8f2';

/** The name a reader of `locale` knows the perfume by. */
export function labelNameOf(perfume: Pick<BottlePerfume, 'name' | 'nameKo'>, locale: Locale): string {
  return locale === 'ko' && perfume.nameKo ? perfume.nameKo : perfume.name;
}

/** The label's paper on the bottle's flat face, and the area inside it where text may go. */
export function labelOf(
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
export function labelText(perfume: BottlePerfume, locale: Locale, area: Box): TextLine[] {
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
