import { type RefObject, useEffect } from 'react';
import type createScatterplot from 'regl-scatterplot';
import { panView, zoomViewAt } from './cameraView';

type Point = readonly [number, number];

const middle = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const distance = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * One finger pans the map, two pinch-zoom it (regl-scatterplot follows only the mouse and the
 * wheel). A tap still reaches the library as a click, which opens the point under it.
 */
export function useTouchCamera(
  frameRef: RefObject<HTMLElement | null>,
  canvasRef: RefObject<HTMLCanvasElement | null>,
  plotRef: RefObject<ReturnType<typeof createScatterplot> | null>,
): void {
  useEffect(() => {
    const frame = frameRef.current;
    const canvas = canvasRef.current;
    if (!frame || !canvas) return;
    const touches = new Map<number, Point>();
    const at = (event: PointerEvent): Point => {
      const box = canvas.getBoundingClientRect();
      return [event.clientX - box.left, event.clientY - box.top];
    };

    const down = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, at(event));
      frame.setPointerCapture(event.pointerId);
    };
    const move = (event: PointerEvent) => {
      const plot = plotRef.current;
      if (!plot || !touches.has(event.pointerId)) return;
      const before = [...touches.values()];
      touches.set(event.pointerId, at(event));
      const after = [...touches.values()];
      const box = canvas.getBoundingClientRect();
      const size = { width: Math.max(1, box.width), height: Math.max(1, box.height) };
      let view: number[] = [...plot.get('cameraView')];
      const [a0, b0] = before;
      const [a1, b1] = after;
      if (a0 && a1 && (!b0 || !b1)) {
        view = panView(view, size, a1[0] - a0[0], a1[1] - a0[1]);
      } else if (a0 && a1 && b0 && b1) {
        const from = middle(a0, b0);
        const to = middle(a1, b1);
        view = panView(view, size, to[0] - from[0], to[1] - from[1]);
        const spread = distance(a0, b0);
        if (spread > 0) view = zoomViewAt(view, size, distance(a1, b1) / spread, to);
      }
      plot.view(view);
    };
    const up = (event: PointerEvent) => {
      touches.delete(event.pointerId);
    };

    frame.addEventListener('pointerdown', down);
    frame.addEventListener('pointermove', move);
    frame.addEventListener('pointerup', up);
    frame.addEventListener('pointercancel', up);
    return () => {
      frame.removeEventListener('pointerdown', down);
      frame.removeEventListener('pointermove', move);
      frame.removeEventListener('pointerup', up);
      frame.removeEventListener('pointercancel', up);
    };
  }, [frameRef, canvasRef, plotRef]);
}
