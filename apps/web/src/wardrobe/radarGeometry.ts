/** A point of the taste radar, in the SVG's own units. */
export interface RadarPoint {
  x: number;
  y: number;
}

/** The fewest axes a radar can draw a shape with; fewer accords are shown as bars only. */
export const RADAR_MIN_AXES = 3;

/**
 * Where axis `index` of `count` reaches `value` (0–1) on a radar of `radius` around `centre`.
 * The first axis points straight up and the rest follow clockwise.
 */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  radius: number,
  centre: RadarPoint,
): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const reach = Math.min(1, Math.max(0, value)) * radius;
  return { x: round(centre.x + reach * Math.cos(angle)), y: round(centre.y + reach * Math.sin(angle)) };
}

/** The `points` attribute of a polygon through each value (0–1), one per axis. */
export function radarPolygon(values: readonly number[], radius: number, centre: RadarPoint): string {
  return values
    .map((value, index) => radarPoint(index, values.length, value, radius, centre))
    .map(({ x, y }) => `${x},${y}`)
    .join(' ');
}

/** Which side of its axis end a label sits, so that it never runs into the chart. */
export function radarLabelAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  const x = Math.cos(-Math.PI / 2 + (2 * Math.PI * index) / count);
  if (Math.abs(x) < 0.2) return 'middle';
  return x > 0 ? 'start' : 'end';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
