import { readHeaderedRows } from '../delimitedReader';
import { rankedFragranticaAccords } from '../mappings/fragranticaAccords';
import { meanStep, voteSum } from '../mappings/votes';
import { type NoteLists, recordNotes } from '../notes';
import { firstLine } from '../sourceText';
import type { CatalogAdapter, ImportRow } from '../types';
import { cellIdentity, countOf, finishRow, imageUrlOf } from './recordParts';

const REQUIRED_COLUMNS = ['brand', 'perfume', 'main_accords', 'notes'] as const;

class CellError extends Error {}

/** A JSON cell; `null`, `NaN` and empty cells are null. */
function jsonCell(column: string, cell: string): unknown {
  const text = cell.trim();
  if (text === '' || text === 'null' || text === 'NaN') return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new CellError(`${column}: not valid JSON`);
  }
}

function stringList(column: string, value: unknown): string[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw new CellError(`${column}: expected a JSON list`);
  return value.filter((item): item is string => typeof item === 'string');
}

/** Notes are a flat list, or an object with top / middle / base lists (any of them null). */
function noteLists(value: unknown): NoteLists {
  if (value === null) return {};
  if (Array.isArray(value)) return { flat: stringList('notes', value) };
  if (typeof value === 'object') {
    const pyramid = value as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(pyramid[key]) ? stringList('notes', pyramid[key]) : []);
    return { top: list('top'), middle: list('middle'), base: list('base') };
  }
  throw new CellError('notes: expected a JSON list or a top/middle/base object');
}

function counts(column: string, value: unknown): number[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw new CellError(`${column}: expected a JSON list of vote counts`);
  return value.map(countOf);
}

function fragranticaRow(line: number, cell: (column: string) => string): ImportRow {
  try {
    const longevity = counts('longevity', jsonCell('longevity', cell('longevity')));
    const sillage = counts('sillage', jsonCell('sillage', cell('sillage')));
    const identity = cellIdentity(cell, 'launch_year');
    return finishRow(
      line,
      {
        ...identity,
        concentration: null,
        perfumers: [],
        // The crawl has no gender: it is left unisex rather than guessed.
        gender: 'unisex',
        // The cell holds another site's file id, not a picture of ours: linking to it would
        // hot-link that site, so only a full URL is kept and the rest show their generated bottle.
        imageUrl: imageUrlOf(cell('image')),
        notes: recordNotes(noteLists(jsonCell('notes', cell('notes')))),
        accords: rankedFragranticaAccords(stringList('main_accords', jsonCell('main_accords', cell('main_accords')))),
        seasons: {},
        occasions: {},
        longevity: meanStep(longevity.slice(0, 5)),
        sillage: meanStep(sillage.slice(0, 4)),
        popularity: voteSum(longevity),
        source: 'fragrantica',
      },
      [identity.year ? `(${identity.year})` : null],
    );
  } catch (error) {
    if (error instanceof CellError) return { line, error: error.message };
    throw error;
  }
}

/** A Fragrantica crawl as CSV: accords and notes are JSON lists inside the cells. */
export const fragranticaCsvAdapter: CatalogAdapter = {
  format: 'fragrantica-csv',
  expects:
    'Fragrantica CSV: comma-separated with a header row brand, perfume, image, launch_year, main_accords, notes, longevity, sillage (JSON lists in cells)',
  detect(_path, head) {
    const header = firstLine(head)
      .split(',')
      .map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
    return REQUIRED_COLUMNS.every((column) => header.includes(column));
  },
  parse: (text) => readHeaderedRows(text, ',', 'comma', fragranticaRow),
};
