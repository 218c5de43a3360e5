import { ACCORDS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { cardGradient } from '../../src/map/ScentTypeCardView';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const INK = '#2a2420';
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

describe('the scent type card’s wash', () => {
  it('keeps the card’s ink readable (4.5:1) over every accord colour', () => {
    for (const accord of ACCORDS) {
      const stops = cardGradient([accord.color, accord.color]).match(/#[0-9a-f]{6}/g) ?? [];
      expect(stops.length).toBe(2);
      for (const stop of stops) expect(contrast(stop, INK), accord.key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has a pale wash when no accord is known yet', () => {
    expect(cardGradient([])).toMatch(/^linear-gradient\(135deg, #[0-9a-f]{6}, #ffffff\)$/);
  });
});
