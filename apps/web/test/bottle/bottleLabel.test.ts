import { describe, expect, it } from 'vitest';
import { type BottleDrawing, drawBottle } from '../../src/bottle/drawBottle';
import { fitText, textWidth } from '../../src/bottle/labelFit';
import { CATALOG_SAMPLE, perfume, santal } from './bottlePerfumes';

const nameLines = (drawing: BottleDrawing) => drawing.text.filter((line) => line.weight === 700);
const labelName = (drawing: BottleDrawing) => nameLines(drawing).map((line) => line.text);

describe('the name on the label', () => {
  it('is the Korean name on a Korean page when there is one, the name otherwise', () => {
    expect(labelName(drawBottle(santal, 'ko'))).toEqual(['상탈 33']);
    expect(labelName(drawBottle(santal, 'en'))).toEqual(['Santal 33']);
    expect(labelName(drawBottle({ ...santal, nameKo: null }, 'ko'))).toEqual(['Santal 33']);
  });

  it('carries the house in capitals above the name', () => {
    expect(drawBottle(santal, 'ko').text[0]?.text).toBe('LE LABO');
  });

  it('stays on the label: every line within its width and height', () => {
    const long = perfume({
      brand: 'Maison Francis Kurkdjian',
      name: 'Baccarat Rouge 540 Extrait de Parfum Limited Edition',
      concentration: 'extrait',
    });
    for (const entry of [...CATALOG_SAMPLE, long]) {
      for (const locale of ['ko', 'en'] as const) {
        const drawing = drawBottle(entry, locale);
        const { label } = drawing;
        for (const line of drawing.text) {
          const width = textWidth(line.text, { size: line.size, weight: line.weight, tracking: line.tracking });
          expect(width, line.text).toBeLessThanOrEqual(label.width);
          expect(line.x - width / 2).toBeGreaterThanOrEqual(label.x);
          expect(line.baseline - line.size * 0.85).toBeGreaterThanOrEqual(label.y);
          expect(line.baseline + line.size * 0.25).toBeLessThanOrEqual(label.y + label.height);
        }
      }
    }
  });

  it('wraps a long name over lines and sets it smaller than a short one', () => {
    const short = nameLines(drawBottle(perfume({ brand: 'Le Labo', name: 'Oud' }), 'en'));
    const long = nameLines(drawBottle(perfume({ brand: 'Le Labo', name: 'Baie Rose Vetiver Cedre Encens' }), 'en'));
    expect(short).toHaveLength(1);
    expect(long.length).toBeGreaterThan(1);
    expect(long[0]?.size).toBeLessThan(short[0]?.size ?? 0);
    expect(long.map((line) => line.text).join(' ')).toBe('Baie Rose Vetiver Cedre Encens');
  });

  it('cuts a name too long for any size with an ellipsis, in three lines at most', () => {
    const name = 'An Extraordinarily Long Perfume Name That Keeps Going Well Past Any Label Anyone Would Print';
    const lines = labelName(drawBottle(perfume({ brand: 'Le Labo', name }), 'en'));
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(name.startsWith(lines.join(' ').replace(/…$/, '').trimEnd())).toBe(true);
  });
});

describe('fitting text in a box', () => {
  it('prefers the largest size that fits without cutting words', () => {
    const fitted = fitText({
      text: 'Santal 33',
      width: 60,
      height: 20,
      weight: 700,
      maxSize: 10,
      minSize: 3,
      maxLines: 3,
    });
    expect(fitted).toMatchObject({ lines: ['Santal 33'], size: 10 });
  });

  it('cuts a single word between characters only when no size fits it whole', () => {
    const fitted = fitText({
      text: '아주아주아주긴이름의향수',
      width: 20,
      height: 30,
      weight: 700,
      maxSize: 8,
      minSize: 4,
      maxLines: 3,
    });
    expect(fitted.size).toBe(4);
    expect(fitted.lines.length).toBeGreaterThan(1);
    for (const line of fitted.lines) expect(textWidth(line, { size: 4, weight: 700 })).toBeLessThanOrEqual(20);
  });

  it('measures Hangul wider than Latin letters', () => {
    const style = { size: 10, weight: 400 };
    expect(textWidth('가나다', style)).toBeGreaterThan(textWidth('abc', style));
  });
});
