import { describe, expect, it } from 'vitest';
import { panView, toScreen, viewCentredOn, ZOOM_BOUNDS, zoomOf, zoomViewAt } from '../../src/map/cameraView';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
const WIDE = { width: 800, height: 400 };

function near(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  for (const [index, value] of actual.entries()) expect(value).toBeCloseTo(expected[index] ?? Number.NaN, 6);
}

describe('the camera over the map', () => {
  it('fits the map to the canvas height, centred, before any move', () => {
    near(toScreen(IDENTITY, WIDE, 0, 0), [400, 200]);
    near(toScreen(IDENTITY, WIDE, 0, 1), [400, 0]);
    near(toScreen(IDENTITY, WIDE, 1, -1), [600, 400]);
  });

  it('centres a flight on its point', () => {
    const view = viewCentredOn(0.3, -0.2, 4);
    near(toScreen(view, WIDE, 0.3, -0.2), [400, 200]);
    expect(zoomOf(view)).toBe(4);
  });

  it('moves the map with the finger', () => {
    const moved = panView(IDENTITY, WIDE, 30, -20);
    near(toScreen(moved, WIDE, 0, 0), [430, 180]);
  });

  it('keeps the pinched point under the fingers while zooming', () => {
    const at: [number, number] = [500, 100];
    const before = toScreen(IDENTITY, WIDE, 0.5, 0.5);
    near(before, at);
    const zoomed = zoomViewAt(IDENTITY, WIDE, 3, at);
    expect(zoomOf(zoomed)).toBeCloseTo(3);
    near(toScreen(zoomed, WIDE, 0.5, 0.5), at);
  });

  it('stops zooming at its bounds', () => {
    expect(zoomOf(zoomViewAt(IDENTITY, WIDE, 1e6, [0, 0]))).toBe(ZOOM_BOUNDS.max);
    expect(zoomOf(zoomViewAt(IDENTITY, WIDE, 1e-6, [0, 0]))).toBe(ZOOM_BOUNDS.min);
  });
});
