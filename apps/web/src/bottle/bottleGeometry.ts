import type { BodyKind, CapKind } from './bottleFamily';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two decimals: enough for a 120-unit drawing, and the markup stays short. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function path(parts: (string | number)[]): string {
  return parts.map((part) => (typeof part === 'number' ? n(part) : part)).join(' ');
}

export function rectPath({ x, y, width, height }: Box, radius = 0): string {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  if (r === 0) return path(['M', x, y, 'H', x + width, 'V', y + height, 'H', x, 'Z']);
  return path([
    ...['M', x + r, y, 'H', x + width - r, 'Q', x + width, y, x + width, y + r],
    ...['V', y + height - r, 'Q', x + width, y + height, x + width - r, y + height],
    ...['H', x + r, 'Q', x, y + height, x, y + height - r],
    ...['V', y + r, 'Q', x, y, x + r, y, 'Z'],
  ]);
}

export function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return path(['M', cx - rx, cy, 'A', rx, ry, 0, 1, 0, cx + rx, cy, 'A', rx, ry, 0, 1, 0, cx - rx, cy, 'Z']);
}

function chamferPath({ x, y, width, height }: Box, cut: number): string {
  return path([
    ...['M', x + cut, y, 'H', x + width - cut, 'L', x + width, y + cut, 'V', y + height - cut],
    ...['L', x + width - cut, y + height, 'H', x + cut, 'L', x, y + height - cut, 'V', y + cut, 'Z'],
  ]);
}

/** Shoulders that curve in from the sides to a flat top as wide as `topWidth`. */
function shoulderPath({ x, y, width, height }: Box, shoulder: number, topWidth: number): string {
  const r = Math.min(5, width * 0.1);
  const left = x + (width - topWidth) / 2;
  const right = left + topWidth;
  return path([
    ...['M', x + r, y + height, 'H', x + width - r, 'Q', x + width, y + height, x + width, y + height - r],
    ...['V', y + shoulder, 'C', x + width, y + shoulder * 0.35, right + (x + width - right) * 0.3, y, right, y],
    ...['H', left, 'C', left - (left - x) * 0.3, y, x, y + shoulder * 0.35, x, y + shoulder],
    ...['V', y + height - r, 'Q', x, y + height, x + r, y + height, 'Z'],
  ]);
}

function archPath({ x, y, width, height }: Box, arch: number): string {
  const r = Math.min(5, width * 0.1);
  return path([
    ...['M', x + r, y + height, 'H', x + width - r, 'Q', x + width, y + height, x + width, y + height - r],
    ...['V', y + arch, 'A', width / 2, arch, 0, 0, 0, x, y + arch],
    ...['V', y + height - r, 'Q', x, y + height, x + r, y + height, 'Z'],
  ]);
}

function taperPath({ x, y, width, height }: Box, topWidth: number): string {
  const inset = (width - topWidth) / 2;
  const r = 3;
  return path([
    ...['M', x + r, y + height, 'H', x + width - r, 'Q', x + width, y + height, x + width - 0.4, y + height - r],
    ...['L', x + width - inset, y + r, 'Q', x + width - inset - 0.2, y, x + width - inset - r, y],
    ...['H', x + inset + r, 'Q', x + inset + 0.2, y, x + inset, y + r],
    ...['L', x + 0.4, y + height - r, 'Q', x, y + height, x + r, y + height, 'Z'],
  ]);
}

/** The part of a body where a label can sit flat: below shoulders and arches. */
export function flatFaceOf(kind: BodyKind, box: Box): Box {
  const rise = kind === 'shoulder' ? box.height * 0.2 : kind === 'arch' ? box.width * 0.3 : 0;
  return { ...box, y: box.y + rise, height: box.height - rise };
}

/** A body's outline; the inner glass (the liquid's clip) is the same shape on an inset box. */
export function bodyPath(kind: BodyKind, box: Box): string {
  switch (kind) {
    case 'column':
      return rectPath(box, Math.min(6, box.width * 0.12));
    case 'block':
      return rectPath(box, 3.5);
    case 'shoulder':
      return shoulderPath(box, box.height * 0.2, box.width * 0.38);
    case 'arch':
      return archPath(box, box.width * 0.3);
    case 'oval':
    case 'round':
      return ellipsePath(box.x + box.width / 2, box.y + box.height / 2, box.width / 2, box.height / 2);
    case 'taper':
      return taperPath(box, box.width * 0.74);
    case 'facet':
      return chamferPath(box, box.width * 0.18);
  }
}

/** The cap's size for a body width, before the house's and the concentration's scaling. */
export function capSizeOf(kind: CapKind, bodyWidth: number): { width: number; height: number } {
  switch (kind) {
    case 'cylinder':
      return { width: bodyWidth * 0.4, height: 20 };
    case 'cube': {
      const side = Math.min(bodyWidth * 0.46, 27);
      return { width: side, height: side * 0.9 };
    }
    case 'ball': {
      const side = Math.min(bodyWidth * 0.46, 27);
      return { width: side, height: side };
    }
    case 'disc':
      return { width: bodyWidth * 0.72, height: 8 };
    case 'dome':
      return { width: bodyWidth * 0.52, height: 15 };
    case 'column':
      return { width: bodyWidth * 0.26, height: 30 };
    case 'gem':
      return { width: bodyWidth * 0.48, height: 21 };
  }
}

export function capPath(kind: CapKind, box: Box): string {
  const { x, y, width, height } = box;
  switch (kind) {
    case 'cylinder':
      return rectPath(box, 1.6);
    case 'cube':
      return rectPath(box, 1.2);
    case 'ball':
      return ellipsePath(x + width / 2, y + height / 2, width / 2, height / 2);
    case 'disc':
      return rectPath(box, height / 2);
    case 'dome':
      return path([
        ...['M', x, y + height, 'V', y + height * 0.55, 'A', width / 2, height * 0.55, 0, 0, 1, x + width],
        ...[y + height * 0.55, 'V', y + height, 'Z'],
      ]);
    case 'column':
      return rectPath(box, Math.min(2.5, width / 3));
    case 'gem':
      return path([
        ...['M', x + width * 0.5, y, 'L', x + width, y + height * 0.35, 'L', x + width * 0.78, y + height],
        ...['H', x + width * 0.22, 'L', x, y + height * 0.35, 'Z'],
      ]);
  }
}

/** The cut lines of a gem stopper, drawn over it. */
export function gemFacetsPath({ x, y, width, height }: Box): string {
  return path([
    ...['M', x, y + height * 0.35, 'H', x + width, 'M', x + width * 0.5, y, 'L', x + width * 0.32, y + height * 0.35],
    ...['L', x + width * 0.5, y + height, 'L', x + width * 0.68, y + height * 0.35, 'Z'],
  ]);
}
