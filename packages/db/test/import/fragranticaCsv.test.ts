import { describe, expect, it } from 'vitest';
import { fragranticaCsvAdapter } from '../../src/import/adapters/fragranticaCsv';
import { distinctNames } from '../../src/import/distinctNames';
import { fixtureText, notesAt, recordNamed } from './fixtures';

const rows = distinctNames([...fragranticaCsvAdapter.parse(fixtureText('fragrantica-mini.csv'))]);

describe('Fragrantica CSV adapter', () => {
  it('derives accord strengths from rank and folds several accords into one key (the strongest wins)', () => {
    const record = recordNamed(rows, 'Ocean Drift');
    // marine 100 and salty 40 both fold into aquatic; musky is 7th → 40 (the floor).
    expect(record.accords).toEqual({
      aquatic: 100,
      fresh: 90,
      citrus: 80,
      spicy: 70,
      woody: 60,
      aromatic: 50,
      musky: 40,
    });
    expect(record.notes.map((n) => `${n.position}:${n.name}`)).toEqual([
      'flat:sea notes',
      'flat:citrus',
      'flat:woody notes',
    ]);
  });

  it("reads longevity and sillage votes as means, popularity from the votes, and never links to another site's image by its file id", () => {
    const record = recordNamed(rows, 'Ocean Drift');
    expect(record.longevity).toBe(3.25);
    expect(record.sillage).toBe(2.3);
    expect(record.popularity).toBe(20);
    expect(record.year).toBe(2019);
    expect(record.imageUrl).toBeNull();
    expect(record.gender).toBe('unisex');
  });

  it('reads a top/middle/base notes object as a pyramid with canonical names', () => {
    const record = recordNamed(rows, 'Velvet Oud');
    expect(notesAt(record, 'top')).toEqual(['pink pepper']);
    expect(notesAt(record, 'middle')).toEqual(['rose', 'saffron']);
    expect(notesAt(record, 'base')).toEqual(['oud', 'vanilla']);
    expect(record.accords).toMatchObject({ woody: 100, resinous: 90, vanilla: 80, spicy: 70, floral: 60 });
  });

  it('keeps a row with null accords when it has notes, and skips one with neither', () => {
    expect(recordNamed(rows, 'Only Notes').accords).toEqual({});
    expect(rows.find((r) => r.line === 4)?.error).toBe('no accords and no notes');
  });

  it('skips a row whose JSON cell is broken', () => {
    expect(rows.find((r) => r.line === 6)?.error).toBe('main_accords: not valid JSON');
  });

  it('reads a quoted name with a comma and a line break, and drops an unbelievable year', () => {
    const record = recordNamed(rows, 'Eau, Fraîche de Nuit');
    expect(record.year).toBeNull();
    expect(rows.find((r) => r.record === record)?.line).toBe(7);
  });

  it('names same-named perfumes by year and skips the one still alike', () => {
    expect(recordNamed(rows, 'Adrenaline Test (2003)').accords).toMatchObject({ spicy: 100 });
    expect(recordNamed(rows, 'Adrenaline Test (2004)').accords).toMatchObject({ spicy: 100, aromatic: 90 });
    expect(rows.find((r) => r.line === 11)?.error).toBe('same brand and name as line 10');
  });
});
