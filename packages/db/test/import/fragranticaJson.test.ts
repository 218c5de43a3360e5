import { describe, expect, it } from 'vitest';
import { fragranticaJsonAdapter } from '../../src/import/adapters/fragranticaJson';
import { fixtureText, recordNamed } from './fixtures';

const rows = [...fragranticaJsonAdapter.parse(fixtureText('fragrantica-mini.json'))];

describe('Fragrantica JSON adapter', () => {
  it('gives each object the line it starts on', () => {
    expect(rows.map((r) => r.line)).toEqual([2, 54, 99, 117, 122, 140]);
  });

  it('keeps weighted accords, folding several into one key, and reads the description', () => {
    const record = recordNamed(rows, 'Angels Test');
    // warm spicy 89.4 and cinnamon 67.3 both fold into spicy: the strongest wins.
    expect(record.accords).toEqual({ woody: 100, sweet: 93, spicy: 89, vanilla: 78, creamy: 45 });
    expect(record.year).toBe(2020);
    expect(record.perfumers).toEqual(['Benoist Lapouza']);
    expect(record.popularity).toBe(682);
    expect(record.longevity).toBe(3.69);
    expect(record.notes.filter((n) => n.position === 'base').map((n) => n.name)).toEqual([
      'praline',
      'vanilla',
      'sandalwood',
    ]);
  });

  it('reads gender from the poll, unisex votes pulling to the middle', () => {
    // female 79 + 113 against male 71 + 113: neither side has 66%.
    expect(recordNamed(rows, 'Angels Test').gender).toBe('unisex');
  });

  it('falls back to for_gender with few votes, stores a middle-only list as flat, adds fougère from the family', () => {
    const record = recordNamed(rows, 'Flat Fougere');
    expect(record.gender).toBe('masculine');
    expect(new Set(record.notes.map((n) => n.position))).toEqual(new Set(['flat']));
    expect(record.accords).toEqual({ aromatic: 100, spicy: 55, chypre: 40, fougere: 60 });
    expect(record.perfumers).toEqual(['Ana One', 'Bo Two']);
    expect(record.longevity).toBeNull();
  });

  it('takes accords from the family line when an object has none', () => {
    expect(recordNamed(rows, 'Family Only')).toMatchObject({
      accords: { amber: 100, floral: 90 },
      year: 1920,
      gender: 'feminine',
    });
  });

  it('skips a broken object, one without scent, and one without a brand', () => {
    expect(rows.filter((r) => r.error).map((r) => [r.line, r.error])).toEqual([
      [117, 'not valid JSON'],
      [122, 'no accords and no notes'],
      [140, expect.stringContaining('brand')],
    ]);
  });

  it('reports a file that is not an array', () => {
    expect([...fragranticaJsonAdapter.parse('{"name": "x"}')]).toEqual([
      { line: 1, error: 'the file is not a JSON array' },
    ]);
  });
});
