import { describe, expect, it } from 'vitest';
import { viewCentredOn } from '../../src/map/cameraView';
import { CLUSTER_LABEL_ZOOM, labelLevelAt, type MapLabel, placeLabels } from '../../src/map/labelPlacement';

const SIZE = { width: 800, height: 600 };
const WHOLE_MAP = viewCentredOn(0, 0, 1);

const label = (key: string, x: number, y: number, size: number, text = key): MapLabel => ({ key, text, x, y, size });

describe('cluster labels by zoom', () => {
  it('names the regions zoomed out and the clusters zoomed in', () => {
    expect(labelLevelAt(WHOLE_MAP)).toBe('groups');
    expect(labelLevelAt(viewCentredOn(0, 0, CLUSTER_LABEL_ZOOM))).toBe('clusters');
  });

  it('lets the larger of two overlapping labels win', () => {
    const placed = placeLabels([label('small', 0, 0, 10), label('large', 0.01, 0.01, 500)], WHOLE_MAP, SIZE);
    expect(placed.map((entry) => entry.key)).toEqual(['large']);
  });

  it('places labels apart from each other, and none that would stick out of the canvas', () => {
    const placed = placeLabels(
      [label('left', -0.6, 0, 10), label('right', 0.6, 0, 10), label('outside', 3, 0, 900)],
      WHOLE_MAP,
      SIZE,
    );
    expect(placed.map((entry) => entry.key).sort()).toEqual(['left', 'right']);
    const left = placed.find((entry) => entry.key === 'left');
    expect(left?.left).toBeCloseTo(400 - 0.6 * 300);
    expect(left?.top).toBeCloseTo(300);
  });

  it('shows a label again once the camera brings it into view', () => {
    const far = [label('far', 2, 0, 10)];
    expect(placeLabels(far, WHOLE_MAP, SIZE)).toEqual([]);
    expect(placeLabels(far, viewCentredOn(2, 0, 3), SIZE).map((entry) => entry.key)).toEqual(['far']);
  });
});
