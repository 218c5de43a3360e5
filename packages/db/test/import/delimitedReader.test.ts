import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../src/import/delimitedReader';

const read = (text: string, delimiter = ',') => [...readDelimited(text, delimiter)];

describe('readDelimited (RFC 4180)', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(read('a,b,c\n1,,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, counting lines from the record start', () => {
    const rows = read('name,notes\r\n"Eau, ""Fraîche""\nde Nuit","[""Lemon""]"\r\nnext,row\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['name', 'notes'] },
      { line: 2, fields: ['Eau, "Fraîche"\nde Nuit', '["Lemon"]'] },
      { line: 4, fields: ['next', 'row'] },
    ]);
  });

  it('handles CRLF and a last line without a line break', () => {
    expect(read('a,b\r\n1,2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads tab-separated text with quoted cells', () => {
    expect(read('id\tdict\nP_1\t"{""Citrus"": 18}"\n', '\t')[1]?.fields).toEqual(['P_1', '{"Citrus": 18}']);
  });

  it('keeps a quote inside an unquoted field literally', () => {
    expect(read('Say "hi",x\n')[0]?.fields).toEqual(['Say "hi"', 'x']);
  });

  it('skips blank lines and a byte-order mark', () => {
    expect(read('\uFEFFa,b\n\n1,2\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports a quoted field that is never closed', () => {
    const rows = read('a,b\n1,"never closed\n2,3\n');
    expect(rows[1]).toMatchObject({ line: 2, error: expect.stringContaining('never closed') });
  });
});
