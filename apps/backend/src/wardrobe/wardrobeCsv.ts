import type { WardrobeEntry } from '@scentence/api/schemas';
import { readDelimited } from '@scentence/db';
import { fileRefused } from './wardrobeErrors';
import type { RawRow, RowField } from './wardrobeFileRows';

/** The columns of an exported CSV, in order; on import they may come in any order and case. */
const CSV_COLUMNS: Readonly<Record<RowField, string>> = {
  perfumeId: 'perfume_id',
  brand: 'brand',
  name: 'name',
  brandKo: 'brand_ko',
  nameKo: 'name_ko',
  state: 'state',
  preference: 'preference',
  rating: 'rating',
  memo: 'memo',
  source: 'source',
  addedAt: 'added_at',
};
const COLUMN_ORDER = Object.keys(CSV_COLUMNS) as RowField[];

/** Excel opens a UTF-8 file as UTF-8 only with a byte-order mark; lines end in CRLF as RFC 4180 has them. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`;
 * one `'` before such a start is taken off again on import, so the text survives the round trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'+[=+\-@\t\r]/;

function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${guarded.replaceAll('"', '""')}"`;
}

function unguard(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}

function cellsOf(entry: WardrobeEntry): Record<RowField, string> {
  const { perfume } = entry;
  return {
    perfumeId: String(perfume.id),
    brand: perfume.brand,
    name: perfume.name,
    brandKo: perfume.brandKo ?? '',
    nameKo: perfume.nameKo ?? '',
    state: entry.state,
    preference: entry.preference,
    rating: entry.rating === null ? '' : String(entry.rating),
    memo: entry.memo,
    source: entry.source,
    addedAt: entry.addedAt,
  };
}

/** The wardrobe as CSV: a header row, every cell quoted, UTF-8 with a BOM for Excel. */
export function wardrobeToCsv(entries: readonly WardrobeEntry[]): string {
  const lines = [
    COLUMN_ORDER.map((field) => csvCell(CSV_COLUMNS[field])),
    ...entries.map((entry) => {
      const cells = cellsOf(entry);
      return COLUMN_ORDER.map((field) => csvCell(cells[field]));
    }),
  ];
  return BOM + lines.map((cells) => cells.join(',')).join(CRLF) + CRLF;
}

/** `perfume_id`, `Perfume ID` and `perfumeId` are one column. */
const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const FIELD_BY_COLUMN = new Map(COLUMN_ORDER.map((field) => [columnKey(field), field]));

export interface CsvRows {
  rows: RawRow[];
  /** Lines that could not be read as rows at all (an unclosed quote, a wrong field count). */
  issues: { path: string; key: 'importQuoteUnclosed' | 'importFieldCount'; params?: Record<string, number> }[];
}

/** The rows of a wardrobe CSV, each with its line (`rows.<line>`, the header is line 1). */
export function csvRows(content: string): CsvRows {
  const records = readDelimited(content, ',');
  const header = records.next();
  if (header.done) throw fileRefused('importEmpty');
  const names = header.value.fields.map((name) => name.trim());
  const fields = names.map((name) => FIELD_BY_COLUMN.get(columnKey(name)));
  const has = (field: RowField) => fields.includes(field);
  if (!has('state') || !(has('perfumeId') || (has('brand') && has('name')))) throw fileRefused('importHeaderMissing');
  const fieldName = (field: RowField) => names[fields.indexOf(field)] ?? CSV_COLUMNS[field];

  const result: CsvRows = { rows: [], issues: [] };
  for (const record of records) {
    const path = `rows.${record.line}`;
    if (record.error) {
      result.issues.push({ path, key: 'importQuoteUnclosed' });
    } else if (record.fields.length !== names.length) {
      const params = { expected: names.length, found: record.fields.length };
      result.issues.push({ path, key: 'importFieldCount', params });
    } else {
      const values: RawRow['values'] = {};
      record.fields.forEach((cell, index) => {
        const field = fields[index];
        if (field) values[field] = unguard(cell);
      });
      result.rows.push({ path, values, fieldName });
    }
  }
  return result;
}
