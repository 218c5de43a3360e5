import { fivePoints } from '@scentence/api/testing';
import { ACCORDS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { accordsOnMap, pointStyleOf, UNKNOWN_COLOUR } from '../../src/map/pointStyle';

const colourOf = (key: string) => ACCORDS.find((accord) => accord.key === key)?.color;

describe('colouring the points', () => {
  it('colours by cluster with the clusters’ own colours', () => {
    const clusters = [
      { index: 0, color: '#111111' },
      { index: 1, color: '#222222' },
      { index: 2, color: '#333333' },
    ];
    const style = pointStyleOf(fivePoints(), 'similarity', clusters, 'cluster');
    expect([...style.category]).toEqual([0, 0, 1, 1, 2]);
    expect(style.colours).toEqual(['#111111', '#222222', '#333333']);
    expect(Array.from(style.x, (x) => Math.round(x * 10) / 10)).toEqual([-0.5, -0.4, 0.2, 0.6, 0.9]);
  });

  it('colours by dominant accord, grey for a perfume without one', () => {
    const style = pointStyleOf(fivePoints(), 'wheel', [], 'accord');
    expect(style.colours).toEqual([colourOf('citrus'), colourOf('floral'), colourOf('woody'), UNKNOWN_COLOUR]);
    expect([...style.category]).toEqual([0, 1, 2, 2, 3]);
  });

  it('sizes the points by popularity', () => {
    const style = pointStyleOf(fivePoints(), 'similarity', [], 'accord');
    expect([...style.weight].map((value) => Math.round(value * 100))).toEqual([90, 10, 70, 50, 0]);
  });

  it('lists in the legend only the accords that lead a point', () => {
    const points = fivePoints();
    points.dominantAccord = [2, 2, 2, 2, -1];
    expect(accordsOnMap(points)).toEqual(['woody']);
  });
});
