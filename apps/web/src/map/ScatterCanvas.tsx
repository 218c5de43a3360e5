'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { CanvasSize, ViewMatrix } from './cameraView';
import { FIRST_FRAME_MARK } from './firstFrameMark';
import type { PointStyle } from './pointStyle';
import {
  type CameraCommand,
  drawPoints,
  moveCamera,
  type PointerKind,
  ringPoint,
  type Scatterplot,
} from './scatterPlot';
import { useScatterPlot } from './useScatterPlot';
import { useTouchCamera } from './useTouchCamera';

export type { CameraCommand, CameraMove, PointerKind } from './scatterPlot';

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

/**
 * Every perfume as a point, drawn with WebGL by regl-scatterplot: pan and zoom with the mouse
 * and wheel (the library's), with one and two fingers (ours), hover and click. Client-only: the
 * page loads it with next/dynamic and `ssr: false`.
 */
export function ScatterCanvas(props: ScatterCanvasProps) {
  const { style, visible, highlighted, command } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const { plotRef, drawnRef, highlightedRef, sizeRef } = useScatterPlot(canvasRef, frameRef, callbacks);
  // Draw calls may not overlap (the library refuses a second while one runs): they queue here.
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(
    (step: (plot: Scatterplot) => Promise<unknown> | undefined) => {
      queueRef.current = queueRef.current
        .then(() => {
          const plot = plotRef.current;
          return plot ? step(plot) : undefined;
        })
        .catch((error: unknown) => console.error('[map] drawing failed', error));
    },
    [plotRef],
  );

  // New points, new colours or the other layout: drawn again, moving from the old places when the count allows.
  useEffect(() => {
    if (!style) return;
    enqueue(async (plot) => {
      const first = drawnRef.current === null;
      await drawPoints(plot, style, drawnRef.current);
      drawnRef.current = { style, count: style.x.length };
      if (first) {
        performance.mark(FIRST_FRAME_MARK);
        frameRef.current?.setAttribute('data-state', 'drawn');
        callbacks.current.onView(plot.get('cameraView'), sizeRef.current);
      }
    });
  }, [style, enqueue, drawnRef, sizeRef]);

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
  }, [highlighted, style, enqueue, highlightedRef]);

  useEffect(() => {
    if (command) enqueue((plot) => moveCamera(plot, command));
  }, [command, enqueue]);

  useTouchCamera(frameRef, canvasRef, plotRef);

  return (
    <div ref={frameRef} className="scent-map__canvas-frame" data-testid="map-canvas" data-state="drawing">
      {/* A picture to a screen reader: the lists beside the map say what is on it. */}
      <canvas ref={canvasRef} className="scent-map__canvas" role="img" aria-label={props.label} />
    </div>
  );
}
