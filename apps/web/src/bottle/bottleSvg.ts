import { n } from './bottleGeometry';
import type { BottleDrawing, LinearGradient, Shape, TextLine } from './drawBottle';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute values as XML: a perfume named `<b>` or `"A & B"` stays text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`)
    .join('');
}

function gradientMarkup({ id, from, to, stops }: LinearGradient): string {
  const stopMarkup = stops
    .map(
      (stop) =>
        `<stop${attributes({ offset: stop.offset, 'stop-color': stop.colour, 'stop-opacity': stop.opacity })}/>`,
    )
    .join('');
  return `<linearGradient${attributes({ id, x1: from[0], y1: from[1], x2: to[0], y2: to[1] })}>${stopMarkup}</linearGradient>`;
}

function shapeMarkup(shape: Shape): string {
  return `<path${attributes({
    d: shape.d,
    fill: shape.fill,
    'fill-opacity': shape.fillOpacity,
    stroke: shape.stroke,
    'stroke-width': shape.strokeWidth,
    'stroke-opacity': shape.strokeOpacity,
    'clip-path': shape.clip ? `url(#${shape.clip})` : undefined,
  })}/>`;
}

function textMarkup(line: TextLine): string {
  return `<text${attributes({
    x: line.x,
    y: line.baseline,
    'font-size': line.size,
    'font-weight': line.weight,
    'letter-spacing': line.tracking ? `${line.tracking}em` : undefined,
    fill: line.colour,
    'text-anchor': 'middle',
  })}>${escapeXml(line.text)}</text>`;
}

/** The inside of the `<svg>` element: for inline use, where the page supplies the element and its font. */
export function bottleSvgContent(drawing: BottleDrawing, { withText = true } = {}): string {
  const clips = drawing.clips.map(
    ({ id, d }) => `<clipPath${attributes({ id })}><path${attributes({ d })}/></clipPath>`,
  );
  return [
    `<defs>${drawing.gradients.map(gradientMarkup).join('')}${clips.join('')}</defs>`,
    ...drawing.shapes.map(shapeMarkup),
    ...(withText ? drawing.text.map(textMarkup) : []),
  ].join('');
}

/** A standalone SVG document, e.g. to rasterise; `title` names the perfume for whoever opens the file alone. */
export function bottleSvgDocument(
  drawing: BottleDrawing,
  {
    title,
    withText = true,
    fontFamily = 'Pretendard, sans-serif',
  }: { title: string; withText?: boolean; fontFamily?: string },
): string {
  return `<svg${attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${drawing.width} ${drawing.height}`,
    width: drawing.width,
    height: drawing.height,
    'font-family': fontFamily,
  })}><title>${escapeXml(title)}</title>${bottleSvgContent(drawing, { withText })}</svg>`;
}
