import { describe, expect, it } from 'vitest';
import { detectFormat, FORMAT_HEAD_LENGTH, UnknownFormatError } from '../../src/import/adapters/registry';
import { distinctNames } from '../../src/import/distinctNames';
import type { ImportRow } from '../../src/import/types';
import { validatedRow } from '../../src/import/types';
import { fixturePath, fixtureText } from './fixtures';

const head = (name: string) => fixtureText(name).slice(0, FORMAT_HEAD_LENGTH);

describe('detectFormat', () => {
  it('recognises each format from its header or shape, whatever the file is called', () => {
    expect(detectFormat('a.txt', head('scentence-mini.tsv')).format).toBe('scentence-tsv');
    expect(detectFormat('b.txt', head('fragrantica-mini.csv')).format).toBe('fragrantica-csv');
    expect(detectFormat('c.txt', head('fragrantica-mini.json')).format).toBe('fragrantica-json');
  });

  it('stops on an unknown format, naming the formats it expects', () => {
    const path = fixturePath('unknown-format.txt');
    expect(() => detectFormat(path, head('unknown-format.txt'))).toThrow(UnknownFormatError);
    try {
      detectFormat(path, head('unknown-format.txt'));
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('Scentence TSV');
      expect(message).toContain('Fragrantica CSV');
      expect(message).toContain('Fragrantica JSON');
    }
  });
});

function row(line: number, name: string, hints: string[] = [], brand = 'House'): ImportRow {
  return validatedRow(line, { brand, name, gender: 'unisex', accords: { woody: 100 }, source: 'test' }, hints);
}

describe('distinctNames', () => {
  it('leaves unique names alone', () => {
    const rows = distinctNames([row(2, 'A', ['Eau de Parfum']), row(3, 'B', ['Eau de Parfum'])]);
    expect(rows.map((r) => r.record?.name)).toEqual(['A', 'B']);
  });

  it('adds as few hints as make a name unique, and names a file the same way every time', () => {
    const input = [
      row(2, 'Homme', ['Eau de Parfum', '(2022)']),
      row(3, 'Homme', ['Eau de Toilette Intense', '(2021)']),
      row(4, 'Homme', ['Eau de Parfum', '(2016)']),
    ];
    const names = distinctNames(input).map((r) => r.record?.name);
    expect(names).toEqual([
      'Homme Eau de Parfum (2022)',
      'Homme Eau de Toilette Intense',
      'Homme Eau de Parfum (2016)',
    ]);
    expect(distinctNames(input).map((r) => r.record?.name)).toEqual(names);
  });

  it('gives every row of a new collision one more hint, and skips rows still alike', () => {
    const rows = distinctNames([
      row(2, "L'Interdit Parfum", ['(2025)']),
      row(3, "L'Interdit", ['Parfum', '(1957)']),
      row(4, "L'Interdit", ['Parfum', '(1957)']),
    ]);
    expect(rows.map((r) => r.record?.name ?? r.error)).toEqual([
      "L'Interdit Parfum (2025)",
      "L'Interdit Parfum (1957)",
      'same brand and name as line 3',
    ]);
  });

  it('does not repeat a hint the name already has', () => {
    const rows = distinctNames([
      row(2, 'Moos Eau de Toilette', ['Eau de Toilette', '(2001)']),
      row(3, 'Moos Eau de Toilette', ['(2005)']),
    ]);
    expect(rows.map((r) => r.record?.name)).toEqual(['Moos Eau de Toilette (2001)', 'Moos Eau de Toilette (2005)']);
  });

  it('treats names that differ only in case or accents as the same perfume', () => {
    const rows = distinctNames([row(2, 'Éclat'), row(3, 'eclat')]);
    expect(rows[1]?.error).toBe('same brand and name as line 2');
  });
});
