/**
 * The scatterplot's camera as a column-major 4×4 view matrix (regl-scatterplot's `view`): a
 * point (x, y) of the map lands at `view · (x, y)` in camera space, whose y runs from −1 at the
 * bottom of the canvas to 1 at the top and whose x is stretched by the canvas's aspect ratio.
 * Without rotation the matrix is a scale `s` and a translation `t`.
 */
export type ViewMatrix = ArrayLike<number>;

export interface CanvasSize {
  width: number;
  height: number;
}

/** How far the camera may zoom out and in (the scale of the view). */
export const ZOOM_BOUNDS = { min: 0.5, max: 400 } as const;

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];

/** The zoom of a view: 1 shows the whole map across the canvas's height. */
export function zoomOf(view: ViewMatrix): number {
  return Math.hypot(view[0] ?? 1, view[1] ?? 0);
}

/** Where a map point is drawn, in CSS pixels from the canvas's top left corner. */
export function toScreen(view: ViewMatrix, size: CanvasSize, x: number, y: number): [number, number] {
  const aspect = size.width / size.height;
  const cameraX = (view[0] ?? 1) * x + (view[4] ?? 0) * y + (view[12] ?? 0);
  const cameraY = (view[1] ?? 0) * x + (view[5] ?? 1) * y + (view[13] ?? 0);
  return [(size.width * (cameraX / aspect + 1)) / 2, (size.height * (1 - cameraY)) / 2];
}

/** The camera-space point under a pixel of the canvas. */
function cameraPointAt(size: CanvasSize, [px, py]: readonly [number, number]): [number, number] {
  const aspect = size.width / size.height;
  return [((2 * px) / size.width - 1) * aspect, 1 - (2 * py) / size.height];
}

function viewOf(scale: number, tx: number, ty: number): number[] {
  const view = [...IDENTITY];
  view[0] = scale;
  view[5] = scale;
  view[12] = tx;
  view[13] = ty;
  return view;
}

/** The view moved by a drag of (dx, dy) CSS pixels: the map follows the finger. */
export function panView(view: ViewMatrix, size: CanvasSize, dx: number, dy: number): number[] {
  const scale = zoomOf(view);
  return viewOf(scale, (view[12] ?? 0) + (2 * dx) / size.height, (view[13] ?? 0) - (2 * dy) / size.height);
}

/** The view zoomed by `factor` around a pixel, which stays where it is (a pinch, a wheel turn). */
export function zoomViewAt(
  view: ViewMatrix,
  size: CanvasSize,
  factor: number,
  at: readonly [number, number],
): number[] {
  const scale = zoomOf(view);
  const next = Math.min(ZOOM_BOUNDS.max, Math.max(ZOOM_BOUNDS.min, scale * factor));
  const applied = next / scale;
  const [cx, cy] = cameraPointAt(size, at);
  return viewOf(next, cx - applied * (cx - (view[12] ?? 0)), cy - applied * (cy - (view[13] ?? 0)));
}

/** The view that shows map point (x, y) in the middle of the canvas at `zoom`. */
export function viewCentredOn(x: number, y: number, zoom: number): number[] {
  return viewOf(zoom, -zoom * x, -zoom * y);
}
