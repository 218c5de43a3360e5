import createScatterplot, { createRenderer } from 'regl-scatterplot';
import { type CanvasSize, zoomOf } from './cameraView';
import { POINT_SIZES, type PointStyle } from './pointStyle';

export type Scatterplot = ReturnType<typeof createScatterplot>;
export type PlotRenderer = ReturnType<typeof createRenderer>;

/** What the page asks of the camera; a new `token` asks again for the same thing. */
export type CameraMove =
  | { kind: 'fly'; x: number; y: number; zoom: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };
export type CameraCommand = CameraMove & { token: number };

export type PointerKind = 'mouse' | 'touch' | 'pen';

/** The points last drawn, to tell a new layout (which moves them) from new colours. */
export interface DrawnPoints {
  style: PointStyle;
  count: number;
}

const TRANSITION_MS = 650;
/** A press that moves further than this is a drag (a pan), not a click. */
const CLICK_SLOP_PX = 5;
const FLY_MS = 700;
const BACKGROUND = '#fbf8f4';
const HOVER_COLOUR = '#2a2420';
const ACTIVE_COLOUR = '#7a3f5e';

/** The plot on the canvas, or null where this browser has no WebGL (or not enough of it). */
export function createPlotOn(canvas: HTMLCanvasElement): { plot: Scatterplot; renderer: PlotRenderer } | null {
  try {
    // WebGL draws on a canvas of its own that is copied onto ours every frame; by default it is
    // as large as the window. Sized to the map instead, each frame costs half as much or less.
    const renderer = createRenderer({ canvas: document.createElement('canvas') });
    const plot = createScatterplot({
      renderer,
      canvas,
      backgroundColor: BACKGROUND,
      pointSize: POINT_SIZES,
      sizeBy: 'valueB',
      colorBy: 'valueA',
      opacity: 0.82,
      pointColorHover: HOVER_COLOUR,
      pointColorActive: ACTIVE_COLOUR,
      pointOutlineWidth: 2,
      pointSizeSelected: 4,
      deselectOnDblClick: false,
      lassoOnLongPress: false,
      showReticle: false,
    });
    return { plot, renderer };
  } catch (error) {
    console.error('[map] WebGL is unavailable', error);
    return null;
  }
}

/** Rings one point (the library's selection, without its event), or none. */
export function ringPoint(plot: Scatterplot, index: number | null): void {
  if (index === null) plot.deselect({ preventEvent: true });
  else plot.select(index, { preventEvent: true });
}

export function canvasSize(canvas: HTMLCanvasElement): CanvasSize {
  const box = canvas.getBoundingClientRect();
  return { width: Math.max(1, box.width), height: Math.max(1, box.height) };
}

/**
 * A click (or a tap) that did not drag opens the point under it. Read from the hovered point,
 * not the library's selection: clicking the point already ringed would not select it again.
 * Returns the clean-up.
 */
export function watchPointClicks(
  frame: HTMLElement,
  plot: Scatterplot,
  onActivate: (index: number, pointer: PointerKind) => void,
): () => void {
  let pressedAt: { x: number; y: number; pointer: PointerKind } | null = null;
  const press = (event: PointerEvent) => {
    const pointer = event.pointerType === 'touch' || event.pointerType === 'pen' ? event.pointerType : 'mouse';
    pressedAt = { x: event.clientX, y: event.clientY, pointer };
  };
  const click = (event: MouseEvent) => {
    const pressed = pressedAt;
    if (!pressed || Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_SLOP_PX) return;
    const index = plot.get('hoveredPoint');
    if (typeof index === 'number' && index >= 0) onActivate(index, pressed.pointer);
  };
  frame.addEventListener('pointerdown', press);
  frame.addEventListener('click', click);
  return () => {
    frame.removeEventListener('pointerdown', press);
    frame.removeEventListener('click', click);
  };
}

/** Draws the points, moving them from their old places when only the layout changed. */
export async function drawPoints(plot: Scatterplot, style: PointStyle, previous: DrawnPoints | null): Promise<void> {
  const moved = previous !== null && (previous.style.x !== style.x || previous.style.y !== style.y);
  await plot.set({ pointColor: style.colours });
  await plot.draw(
    { x: style.x, y: style.y, z: style.category, w: style.weight },
    {
      zDataType: 'categorical',
      wDataType: 'continuous',
      transition: moved && previous.count === style.x.length,
      transitionDuration: TRANSITION_MS,
      preventFilterReset: true,
    },
  );
}

export async function moveCamera(plot: Scatterplot, move: CameraMove): Promise<void> {
  if (move.kind === 'fly') {
    await plot.zoomToLocation([move.x, move.y], 1 / move.zoom, { transition: true, transitionDuration: FLY_MS });
  } else if (move.kind === 'zoom') {
    const view = plot.get('cameraView');
    const zoom = zoomOf(view);
    const target = [-(view[12] ?? 0) / zoom, -(view[13] ?? 0) / zoom];
    await plot.zoomToLocation(target, 1 / (zoom * move.factor), { transition: true, transitionDuration: 250 });
  } else {
    await plot.zoomToOrigin({ transition: true, transitionDuration: FLY_MS });
  }
}
