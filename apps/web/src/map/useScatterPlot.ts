import { type RefObject, useEffect, useRef } from 'react';
import type { CanvasSize, ViewMatrix } from './cameraView';
import {
  canvasSize,
  createPlotOn,
  type DrawnPoints,
  type PlotRenderer,
  type PointerKind,
  ringPoint,
  type Scatterplot,
  watchPointClicks,
} from './scatterPlot';

/** What the plot tells the page; read through a ref, so the plot is made once. */
export interface PlotEvents {
  onHover: (index: number | null, at: readonly [number, number] | null) => void;
  onActivate: (index: number, pointer: PointerKind) => void;
  onView: (view: ViewMatrix, size: CanvasSize) => void;
  onUnsupported: () => void;
}

/** The refs the drawing effects share with the plot's own events. */
export interface ScatterPlotRefs {
  plotRef: RefObject<Scatterplot | null>;
  drawnRef: RefObject<DrawnPoints | null>;
  highlightedRef: RefObject<number | null>;
  sizeRef: RefObject<CanvasSize>;
}

/** Keeps the WebGL renderer as large as the map's frame. Returns the clean-up. */
function fitRendererTo(
  frame: HTMLElement,
  canvas: HTMLCanvasElement,
  plot: Scatterplot,
  renderer: PlotRenderer,
  sizeRef: RefObject<CanvasSize>,
) {
  const fit = () => {
    const size = canvasSize(canvas);
    sizeRef.current = size;
    renderer.resize(Math.ceil(size.width), Math.ceil(size.height));
    renderer.refresh();
    plot.redraw();
  };
  fit();
  const resizes = new ResizeObserver(fit);
  resizes.observe(frame);
  return () => resizes.disconnect();
}

/** The plot's own events (plot.destroy() ends these subscriptions). */
function subscribeToPlot(
  plot: Scatterplot,
  frame: HTMLElement,
  events: RefObject<PlotEvents>,
  refs: Pick<ScatterPlotRefs, 'sizeRef' | 'highlightedRef'>,
) {
  let frames = 0;
  plot.subscribe('draw', () => {
    frames += 1;
    // Straight on the element, not through React: this runs on every frame of a pan.
    frame.dataset.frames = String(frames);
  });
  // The size as last measured: measuring on every frame of a pan would force a layout each time.
  plot.subscribe('view', ({ view }) => events.current.onView(view, refs.sizeRef.current));
  plot.subscribe('pointOver', (index) => {
    events.current.onHover(index, plot.getScreenPosition(index) ?? null);
  });
  plot.subscribe('pointOut', () => events.current.onHover(null, null));
  // The library selects the point under a click; the ring is ours (the perfume found), so it is put back.
  plot.subscribe('select', () => ringPoint(plot, refs.highlightedRef.current));
}

/** Makes the plot on the canvas once the frame is mounted, and destroys it on unmount. */
export function useScatterPlot(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  frameRef: RefObject<HTMLDivElement | null>,
  events: RefObject<PlotEvents>,
): ScatterPlotRefs {
  const plotRef = useRef<Scatterplot | null>(null);
  const drawnRef = useRef<DrawnPoints | null>(null);
  const highlightedRef = useRef<number | null>(null);
  const sizeRef = useRef<CanvasSize>({ width: 1, height: 1 });
  useEffect(() => {
    const canvas = canvasRef.current;
    const frame = frameRef.current;
    if (!canvas || !frame) return;
    const made = createPlotOn(canvas);
    if (!made) {
      // No WebGL here: the page says so and the lists still work.
      events.current.onUnsupported();
      return;
    }
    const { plot, renderer } = made;
    if (!plot.isSupported) events.current.onUnsupported();
    const stopFitting = fitRendererTo(frame, canvas, plot, renderer, sizeRef);
    plotRef.current = plot;
    subscribeToPlot(plot, frame, events, { sizeRef, highlightedRef });
    const stopClicks = watchPointClicks(frame, plot, (index, pointer) => events.current.onActivate(index, pointer));
    return () => {
      stopClicks();
      stopFitting();
      plotRef.current = null;
      drawnRef.current = null;
      plot.destroy();
      renderer.destroy();
    };
  }, [canvasRef, frameRef, events]);
  return { plotRef, drawnRef, highlightedRef, sizeRef };
}
