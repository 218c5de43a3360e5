'use client';

import { useCallback, useEffect, useRef } from 'react';
import createScatterplot, { createRenderer } from 'regl-scatterplot';
import { type CanvasSize, type ViewMatrix, zoomOf } from './cameraView';
import { FIRST_FRAME_MARK } from './firstFrameMark';
import { POINT_SIZES, type PointStyle } from './pointStyle';
import { useTouchCamera } from './useTouchCamera';

type Scatterplot = ReturnType<typeof createScatterplot>;

/** What the page asks of the camera; a new `token` asks again for the same thing. */
export type CameraMove =
  | { kind: 'fly'; x: number; y: number; zoom: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };
export type CameraCommand = CameraMove & { token: number };

export type PointerKind = 'mouse' | 'touch' | 'pen';

export interface ScatterCanvasProps {
  /** Null while the points load: the canvas and WebGL are made ready meanwhile. */
  style: PointStyle | null;
  /** The points to draw (indexes), or null for all of them. */
  visible: readonly number[] | null;
  /** A point to ring (a perfume found by search), or null. */
  highlighted: number | null;
  command: CameraCommand | null;
  onHover: (index: number | null, at: readonly [number, number] | null) => void;
  onActivate: (index: number, pointer: PointerKind) => void;
  onView: (view: ViewMatrix, size: CanvasSize) => void;
  /** After every draw of a new set of points: how many are drawn. */
  onDrawn: (count: number) => void;
  /** What the canvas is, for a screen reader. */
  label: string;
  /** This browser cannot draw the map (no WebGL). */
  onUnsupported: () => void;
}

const TRANSITION_MS = 650;
/** A press that moves further than this is a drag (a pan), not a click. */
const CLICK_SLOP_PX = 5;
const FLY_MS = 700;
const BACKGROUND = '#fbf8f4';
const HOVER_COLOUR = '#2a2420';
const ACTIVE_COLOUR = '#7a3f5e';

/** Rings one point (the library's selection, without its event), or none. */
function ringPoint(plot: Scatterplot, index: number | null): void {
  if (index === null) plot.deselect({ preventEvent: true });
  else plot.select(index, { preventEvent: true });
}

function canvasSize(canvas: HTMLCanvasElement): CanvasSize {
  const box = canvas.getBoundingClientRect();
  return { width: Math.max(1, box.width), height: Math.max(1, box.height) };
}

/**
 * Every perfume as a point, drawn with WebGL by regl-scatterplot: pan and zoom with the mouse
 * and wheel (the library's), with one and two fingers (ours), hover and click. Client-only: the
 * page loads it with next/dynamic and `ssr: false`.
 */
export function ScatterCanvas(props: ScatterCanvasProps) {
  const { style, visible, highlighted, command } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<Scatterplot | null>(null);
  // Draw calls may not overlap (the library refuses a second while one runs): they queue here.
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const drawnRef = useRef<{ style: PointStyle; count: number } | null>(null);
  const highlightedRef = useRef<number | null>(null);
  const sizeRef = useRef<CanvasSize>({ width: 1, height: 1 });
  const callbacks = useRef(props);
  callbacks.current = props;

  const enqueue = useCallback((step: (plot: Scatterplot) => Promise<unknown> | undefined) => {
    queueRef.current = queueRef.current
      .then(() => {
        const plot = plotRef.current;
        return plot ? step(plot) : undefined;
      })
      .catch((error: unknown) => console.error('[map] drawing failed', error));
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const frame = frameRef.current;
    if (!canvas || !frame) return;
    let plot: Scatterplot;
    let renderer: ReturnType<typeof createRenderer>;
    try {
      // WebGL draws on a canvas of its own that is copied onto ours every frame; by default it is
      // as large as the window. Sized to the map instead, each frame costs half as much or less.
      renderer = createRenderer({ canvas: document.createElement('canvas') });
      plot = createScatterplot({
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
    } catch (error) {
      // No WebGL here (or not enough of it): the page says so and the lists still work.
      console.error('[map] WebGL is unavailable', error);
      callbacks.current.onUnsupported();
      return;
    }
    if (!plot.isSupported) callbacks.current.onUnsupported();
    const fitRenderer = () => {
      const size = canvasSize(canvas);
      sizeRef.current = size;
      renderer.resize(Math.ceil(size.width), Math.ceil(size.height));
      renderer.refresh();
      plot.redraw();
    };
    fitRenderer();
    const resizes = new ResizeObserver(fitRenderer);
    resizes.observe(frame);
    plotRef.current = plot;
    let frames = 0;
    // plot.destroy() ends these subscriptions.
    plot.subscribe('draw', () => {
      frames += 1;
      // Straight on the element, not through React: this runs on every frame of a pan.
      frame.dataset.frames = String(frames);
    });
    // The size as last measured: measuring on every frame of a pan would force a layout each time.
    plot.subscribe('view', ({ view }) => callbacks.current.onView(view, sizeRef.current));
    plot.subscribe('pointOver', (index) => {
      callbacks.current.onHover(index, plot.getScreenPosition(index) ?? null);
    });
    plot.subscribe('pointOut', () => callbacks.current.onHover(null, null));
    // The library selects the point under a click; the ring is ours (the perfume found), so it is put back.
    plot.subscribe('select', () => ringPoint(plot, highlightedRef.current));
    let pressedAt: { x: number; y: number; pointer: PointerKind } | null = null;
    const press = (event: PointerEvent) => {
      const pointer = event.pointerType === 'touch' || event.pointerType === 'pen' ? event.pointerType : 'mouse';
      pressedAt = { x: event.clientX, y: event.clientY, pointer };
    };
    // A click (or a tap) that did not drag opens the point under it. Read from the hovered point,
    // not the library's selection: clicking the point already ringed would not select it again.
    const click = (event: MouseEvent) => {
      const pressed = pressedAt;
      if (!pressed || Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_SLOP_PX) return;
      const index = plot.get('hoveredPoint');
      if (typeof index === 'number' && index >= 0) callbacks.current.onActivate(index, pressed.pointer);
    };
    frame.addEventListener('pointerdown', press);
    frame.addEventListener('click', click);
    return () => {
      frame.removeEventListener('pointerdown', press);
      frame.removeEventListener('click', click);
      resizes.disconnect();
      plotRef.current = null;
      drawnRef.current = null;
      plot.destroy();
      renderer.destroy();
    };
  }, []);

  // New points, new colours or the other layout: drawn again, moving from the old places when the count allows.
  useEffect(() => {
    if (!style) return;
    enqueue(async (plot) => {
      const previous = drawnRef.current;
      const first = previous === null;
      const moved = !first && (previous.style.x !== style.x || previous.style.y !== style.y);
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
      drawnRef.current = { style, count: style.x.length };
      if (first) {
        performance.mark(FIRST_FRAME_MARK);
        frameRef.current?.setAttribute('data-state', 'drawn');
        callbacks.current.onView(plot.get('cameraView'), sizeRef.current);
      }
    });
  }, [style, enqueue]);

  // After a new draw too: the filter then applies to the new points.
  useEffect(() => {
    if (!style) return;
    enqueue(async (plot) => {
      if (visible === null) await plot.unfilter({ preventEvent: true });
      else await plot.filter([...visible], { preventEvent: true });
      callbacks.current.onDrawn(visible === null ? style.x.length : visible.length);
    });
  }, [visible, style, enqueue]);

  // After a new draw too, which clears the selection.
  useEffect(() => {
    if (!style) return;
    highlightedRef.current = highlighted !== null && highlighted < style.x.length ? highlighted : null;
    enqueue(async (plot) => ringPoint(plot, highlightedRef.current));
  }, [highlighted, style, enqueue]);

  useEffect(() => {
    if (!command) return;
    enqueue(async (plot) => {
      if (command.kind === 'fly') {
        await plot.zoomToLocation([command.x, command.y], 1 / command.zoom, {
          transition: true,
          transitionDuration: FLY_MS,
        });
      } else if (command.kind === 'zoom') {
        const view = plot.get('cameraView');
        const zoom = zoomOf(view);
        const target = [-(view[12] ?? 0) / zoom, -(view[13] ?? 0) / zoom];
        await plot.zoomToLocation(target, 1 / (zoom * command.factor), { transition: true, transitionDuration: 250 });
      } else {
        await plot.zoomToOrigin({ transition: true, transitionDuration: FLY_MS });
      }
    });
  }, [command, enqueue]);

  useTouchCamera(frameRef, canvasRef, plotRef);

  return (
    <div ref={frameRef} className="scent-map__canvas-frame" data-testid="map-canvas" data-state="drawing">
      {/* A picture to a screen reader: the lists beside the map say what is on it. */}
      <canvas ref={canvasRef} className="scent-map__canvas" role="img" aria-label={props.label} />
    </div>
  );
}
