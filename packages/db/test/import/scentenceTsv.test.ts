import { describe, expect, it } from 'vitest';
import { scentenceTsvAdapter } from '../../src/import/adapters/scentenceTsv';
import { distinctNames } from '../../src/import/distinctNames';
import { fixtureText, notesAt, recordNamed } from './fixtures';

const rows = distinctNames([...scentenceTsvAdapter.parse(fixtureText('scentence-mini.tsv'))]);

describe('Scentence TSV adapter', () => {
  it('reads every data row with its line number', () => {
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('maps a full row: year, concentration, perfumers, pyramid, Korean note names, votes', () => {
    const record = recordNamed(rows, 'Citrus Morning');
    expect(record).toMatchObject({
      brand: 'Test House',
      year: 2013,
      concentration: 'edt',
      perfumers: ['Ana One', 'Bo Two'],
      gender: 'masculine',
      imageUrl: 'https://media.example.com/citrus-morning.jpg',
      popularity: 85,
      source: 'parfumo',
      // Cliff + budget: Citrus 40 and Fresh 30 hold 70 of 86 votes (≥ 80%), so the rest go.
      accords: { citrus: 100, fresh: 75 },
      // Fall (12%) and Winter (6%) are under 20%; the rest relative to Summer.
      seasons: { summer: 100, spring: 75 },
      // Night Out (4%) and Business (15% of 55 is 8.25, 8 is under) are dropped.
      occasions: { daily: 100, leisure: 75, sport: 50 },
    });
    expect(notesAt(record, 'top')).toEqual(['bergamot', 'lemon']);
    expect(notesAt(record, 'base')).toEqual(['cedar', 'musk']);
    expect(record.notes.find((n) => n.name === 'bergamot')?.nameKo).toBe('베르가못');
  });

  it('decodes the Foug\\u00e8re escape, reads JSON-style vote dicts and drops the 4711 "year"', () => {
    const record = recordNamed(rows, 'Irisch Moos Test');
    expect(record.year).toBeNull();
    expect(record.accords).toEqual({ green: 100, fougere: 80, spicy: 67 });
    expect(record.gender).toBe('masculine');
  });

  it('stores a list copied into all three positions once, as flat', () => {
    const record = recordNamed(rows, 'Chelsea Test');
    expect(record.notes.map((n) => `${n.position}:${n.name}`)).toEqual(['flat:magnolia', 'flat:rose', 'flat:musk']);
    expect(record.gender).toBe('feminine');
  });

  it('folds note spellings and decodes HTML entities in names', () => {
    const record = recordNamed(rows, 'Rose & Oud');
    expect(notesAt(record, 'top')).toEqual(['citrus', 'juniper berry']);
    expect(notesAt(record, 'base')).toEqual(['woody notes', 'oud']);
    expect(record.concentration).toBe('extrait');
    expect(record.gender).toBe('unisex');
    // Oriental → amber, Synthetic left out by the rule (4 < half of 10).
    expect(record.accords).toEqual({ amber: 100, woody: 92, floral: 83 });
  });

  it('tells two perfumes of one name apart by their concentration', () => {
    expect(recordNamed(rows, 'Nomad Eau de Parfum').year).toBe(2020);
    expect(recordNamed(rows, 'Nomad Eau de Toilette').year).toBe(2021);
  });

  it('skips broken rows with their reasons', () => {
    const skipped = rows.filter((r) => r.error).map((r) => [r.line, r.error]);
    expect(skipped).toEqual([
      [5, 'accord: not a dict of vote counts'],
      [6, expect.stringContaining('brand')],
      [9, 'expected 17 tab-separated fields, found 4'],
    ]);
  });
});
