import { describe, expect, it } from 'vitest';
import { radarLabelAnchor, radarPoint, radarPolygon } from '../../src/wardrobe/radarGeometry';

const centre = { x: 100, y: 100 };

describe('the taste radar', () => {
  it('points the first axis straight up and goes round clockwise', () => {
    expect(radarPoint(0, 4, 1, 50, centre)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 1, 50, centre)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 1, 50, centre)).toEqual({ x: 100, y: 150 });
    expect(radarPoint(3, 4, 1, 50, centre)).toEqual({ x: 50, y: 100 });
  });

  it('reaches along an axis as far as the weight, never past the rim or behind the centre', () => {
    expect(radarPoint(0, 4, 0.5, 50, centre)).toEqual({ x: 100, y: 75 });
    expect(radarPoint(0, 4, 2, 50, centre)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(0, 4, -1, 50, centre)).toEqual({ x: 100, y: 100 });
  });

  it('joins the weights into one polygon', () => {
    expect(radarPolygon([1, 0.5, 0, 1], 50, centre)).toBe('100,50 125,100 100,100 50,100');
  });

  it('sets labels on the right to start, on the left to end, and at the top and bottom centred', () => {
    expect(radarLabelAnchor(0, 4)).toBe('middle');
    expect(radarLabelAnchor(1, 4)).toBe('start');
    expect(radarLabelAnchor(2, 4)).toBe('middle');
    expect(radarLabelAnchor(3, 4)).toBe('end');
  });
});
