import type { PerfumeSummary } from '@scentence/api/schemas';
import { ACCORDS } from '@scentence/api/vocabulary';
import { describe, expect, it } from 'vitest';
import { bottleSvgContent } from '../../src/bottle/bottleSvg';
import { type BottleDrawing, drawBottle } from '../../src/bottle/drawBottle';
import { accords, CATALOG_SAMPLE, perfume, santal } from './bottlePerfumes';

const colourOf = (key: string) => ACCORDS.find((accord) => accord.key === key)?.color.toLowerCase();

/** The drawing without its label text: what the eye sees as the bottle itself. */
function bottleShape(drawing: BottleDrawing): string {
  return JSON.stringify({ shapes: drawing.shapes, gradients: drawing.gradients.map(({ stops }) => stops) });
}

function liquidColours(drawing: BottleDrawing): string[] {
  return drawing.gradients.find(({ id }) => id.endsWith('-liquid'))?.stops.map(({ colour }) => colour) ?? [];
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * ((value >> 16) & 255) + 0.7152 * ((value >> 8) & 255) + 0.0722 * (value & 255);
}

describe('a perfume bottle drawing', () => {
  it('is the same every time for the same perfume, whatever its id in this database', () => {
    const first = bottleSvgContent(drawBottle(santal, 'ko'));
    expect(bottleSvgContent(drawBottle(santal, 'ko'))).toBe(first);
    const elsewhere: PerfumeSummary = { ...santal, id: 9041, imageUrl: 'https://example.com/santal.jpg' };
    expect(bottleSvgContent(drawBottle(elsewhere, 'ko'))).toBe(first);
  });

  it('differs between perfumes, even in the same house, concentration and colours', () => {
    const markups = CATALOG_SAMPLE.map((entry) => bottleSvgContent(drawBottle(entry, 'en')));
    expect(new Set(markups).size).toBe(CATALOG_SAMPLE.length);
    const shapes = CATALOG_SAMPLE.map((entry) => bottleShape(drawBottle(entry, 'en')));
    expect(new Set(shapes).size).toBe(CATALOG_SAMPLE.length);

    const twin = perfume({ brand: 'Le Labo', name: 'Santal 33 Twin', accords: santal.accords });
    expect(bottleShape(drawBottle(twin, 'en'))).not.toBe(bottleShape(drawBottle(santal, 'en')));
  });

  it("keeps a house's family of shapes, and gives houses different ones", () => {
    const leLabo = CATALOG_SAMPLE.filter(({ brand }) => brand === 'Le Labo').map((entry) => drawBottle(entry, 'en'));
    expect(leLabo.length).toBeGreaterThan(2);
    for (const drawing of leLabo) expect(drawing.family).toEqual(leLabo[0]?.family);

    const houses = new Set(CATALOG_SAMPLE.map(({ brand }) => brand));
    const families = new Set(
      [...houses].map((brand) => JSON.stringify(drawBottle(perfume({ brand, name: 'X' }), 'en').family)),
    );
    // Chosen from the name alone, two houses may share a family now and then; most do not.
    expect(families.size).toBeGreaterThanOrEqual(houses.size - 2);
    const bodies = new Set([...houses].map((brand) => drawBottle(perfume({ brand, name: 'X' }), 'en').family.body));
    expect(bodies.size).toBeGreaterThanOrEqual(4);
  });

  it('builds colognes tall and pale, extraits squat, deep and with a collar, within the same family', () => {
    const as = (concentration: 'cologne' | 'edt' | 'edp' | 'extrait') => drawBottle({ ...santal, concentration }, 'en');
    const [cologne, edt, edp, extrait] = [as('cologne'), as('edt'), as('edp'), as('extrait')];
    for (const drawing of [cologne, edt, extrait]) expect(drawing.family).toEqual(edp.family);

    expect(cologne.body.height).toBeGreaterThan(edp.body.height);
    expect(extrait.body.height).toBeLessThan(edp.body.height);
    expect(extrait.body.width / extrait.body.height).toBeGreaterThan(edp.body.width / edp.body.height);
    expect(extrait.shapes.length).toBeGreaterThan(edp.shapes.length);

    const meanLight = (drawing: BottleDrawing) => {
      const colours = liquidColours(drawing);
      return colours.reduce((sum, colour) => sum + luminance(colour), 0) / colours.length;
    };
    expect(meanLight(cologne)).toBeGreaterThan(meanLight(edt));
    expect(meanLight(edt)).toBeGreaterThan(meanLight(edp));
    expect(meanLight(edp)).toBeGreaterThan(meanLight(extrait));
  });

  it("fills the bottle with its strongest accords' colours, the accord bars' own", () => {
    const drawing = drawBottle(
      perfume({
        brand: 'Le Labo',
        name: 'Bergamote 22',
        accords: accords(['citrus', 100], ['woody', 60], ['musky', 50], ['aromatic', 30]),
      }),
      'en',
    );
    expect(liquidColours(drawing)).toEqual([colourOf('citrus'), colourOf('woody'), colourOf('musky')]);

    const pale = drawBottle(perfume({ brand: 'Le Labo', name: 'Air', accords: [] }), 'en');
    expect(liquidColours(pale).length).toBeGreaterThan(0);
  });

  it('keeps the whole bottle inside its frame', () => {
    for (const entry of [...CATALOG_SAMPLE, perfume({ brand: 'Zz', name: 'Tall', concentration: 'cologne' })]) {
      const drawing = drawBottle(entry, 'en');
      for (const box of [drawing.body, drawing.cap]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(drawing.width);
        expect(box.y + box.height).toBeLessThanOrEqual(drawing.height);
      }
    }
  });

  it('gives every look its own gradient ids, so bottles side by side on a page keep their colours', () => {
    const prefixes = CATALOG_SAMPLE.map((entry) => drawBottle(entry, 'ko').idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(drawBottle(santal, 'ko').idPrefix).toBe(drawBottle(santal, 'en').idPrefix);
  });
});
