import { type CanvasSize, toScreen, type ViewMatrix, zoomOf } from './cameraView';

export interface MapLabel {
  key: string;
  text: string;
  /** Where it belongs on the map (normalised like the points). */
  x: number;
  y: number;
  /** How many perfumes it names: the larger wins a place first. */
  size: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Its centre in CSS pixels from the canvas's top left corner. */
  left: number;
  top: number;
}

/** Zoomed in past this, the fine clusters are named; before it, the coarse regions. */
export const CLUSTER_LABEL_ZOOM = 1.8;
const LABEL_HEIGHT_PX = 24;
const CHARACTER_WIDTH_PX = 8;
const LABEL_PADDING_PX = 16;
const EDGE_MARGIN_PX = 4;

/** Which level of labels a zoom shows: the regions when the whole map is in view, the clusters closer in. */
export function labelLevelAt(view: ViewMatrix): 'groups' | 'clusters' {
  return zoomOf(view) >= CLUSTER_LABEL_ZOOM ? 'clusters' : 'groups';
}

/** A label's box, estimated from its text (Hangul and Latin alike: a little generous). */
function widthOf(text: string): number {
  return text.length * CHARACTER_WIDTH_PX + LABEL_PADDING_PX;
}

/**
 * The labels that fit on screen without covering one another: the largest first; one that
 * would overlap a placed one, or stick out of the canvas, is left out at this zoom.
 */
export function placeLabels(labels: readonly MapLabel[], view: ViewMatrix, size: CanvasSize): PlacedLabel[] {
  const placed: { label: PlacedLabel; half: number }[] = [];
  const bySize = [...labels].sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  for (const label of bySize) {
    const [left, top] = toScreen(view, size, label.x, label.y);
    const half = widthOf(label.text) / 2;
    const inside =
      left - half >= EDGE_MARGIN_PX &&
      left + half <= size.width - EDGE_MARGIN_PX &&
      top - LABEL_HEIGHT_PX / 2 >= EDGE_MARGIN_PX &&
      top + LABEL_HEIGHT_PX / 2 <= size.height - EDGE_MARGIN_PX;
    if (!inside) continue;
    const overlaps = placed.some(
      (other) =>
        Math.abs(other.label.left - left) < other.half + half && Math.abs(other.label.top - top) < LABEL_HEIGHT_PX,
    );
    if (overlaps) continue;
    placed.push({ label: { key: label.key, text: label.text, left, top }, half });
  }
  return placed.map((entry) => entry.label);
}
