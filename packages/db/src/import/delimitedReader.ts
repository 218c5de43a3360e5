import type { ImportRow } from './types';

export interface DelimitedRecord {
  /** 1-based line where the record starts (a quoted field may span several lines). */
  line: number;
  fields: string[];
  /** Set when the record is malformed (an opening quote that is never closed). */
  error?: string;
}

const LF = 10;
const CR = 13;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * RFC 4180 records: fields split by `delimiter`; a field that starts with `"` is quoted and
 * may hold delimiters, line breaks and doubled quotes (`""`). Lines end in LF or CRLF.
 * Lenient where real files are sloppy: a quote inside an unquoted field is kept literally, and
 * text after a closing quote is appended to the field. Blank lines are skipped.
 */
export function* readDelimited(text: string, delimiter: string): Generator<DelimitedRecord> {
  const separator = delimiter.charCodeAt(0);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const length = text.length;
  while (pos < length) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text[pos] === '"') {
        // Quoted field: read until a quote that is not doubled.
        let cursor = pos + 1;
        for (;;) {
          const quote = text.indexOf('"', cursor);
          if (quote === -1) {
            value += text.slice(cursor);
            line += countLineBreaks(text, cursor, length);
            error = `line ${startLine}: a quoted field is never closed`;
            cursor = length;
            break;
          }
          value += text.slice(cursor, quote);
          line += countLineBreaks(text, cursor, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            cursor = quote + 2;
          } else {
            cursor = quote + 1;
            break;
          }
        }
        pos = cursor;
      }
      // Unquoted field, or the tail after a closing quote: up to the delimiter or the line end.
      let end = pos;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === separator || c === LF || (c === CR && text.charCodeAt(end + 1) === LF)) break;
        end++;
      }
      value += text.slice(pos, end);
      fields.push(value);
      if (end >= length) {
        pos = length;
        endOfRecord = true;
      } else if (text[end] === delimiter) {
        pos = end + 1;
      } else {
        pos = end + (text[end] === '\r' ? 2 : 1);
        line++;
        endOfRecord = true;
      }
    }
    if (fields.length === 1 && fields[0] === '' && !error) continue;
    yield error ? { line: startLine, fields, error } : { line: startLine, fields };
  }
}

/** A column's text in one data row ('' when the file lacks the column). */
export type ColumnReader = (column: string) => string;

/**
 * Reads a delimited file whose first record is a header of column names (matched case-insensitively)
 * and hands each data row to `toRow`; unreadable rows and rows with the wrong field count become
 * skipped rows with their line and reason.
 */
export function* readHeaderedRows(
  text: string,
  delimiter: string,
  delimiterName: string,
  toRow: (line: number, column: ColumnReader) => ImportRow,
): Generator<ImportRow> {
  const records = readDelimited(text, delimiter);
  const first = records.next();
  if (first.done) return;
  const header = first.value.fields.map((name) => name.trim().toLowerCase());
  const index = new Map(header.map((name, i) => [name, i]));
  for (const { line, fields, error } of records) {
    if (error) {
      yield { line, error };
      continue;
    }
    if (fields.length !== header.length) {
      yield { line, error: `expected ${header.length} ${delimiterName}-separated fields, found ${fields.length}` };
      continue;
    }
    yield toRow(line, (column) => fields[index.get(column) ?? -1] ?? '');
  }
}
