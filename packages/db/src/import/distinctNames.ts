import { foldText, nameKey } from '../text/normalize';
import type { ImportRow } from './types';

const MAX_NAME_LENGTH = 200;

const identityOf = (brand: string, name: string) => `${nameKey(brand)}\u0000${nameKey(name)}`;

/** The name with its first `level` hints appended (hints the name already contains are passed over). */
function nameAt(row: ImportRow, level: number): string {
  const base = row.record!.name;
  const folded = foldText(base);
  const hints = (row.variantHints ?? []).filter((hint) => !folded.includes(foldText(hint)));
  return [base, ...hints.slice(0, level)].join(' ').slice(0, MAX_NAME_LENGTH).trim();
}

/**
 * A catalog knows a perfume by brand + name, but sources list different perfumes under one
 * name (Chanel N°5 as Parfum, Eau de Parfum and Eau de Cologne; two "Live" of one year). Rows
 * that share a brand and name get their variant hints appended ("N°5 Eau de Parfum",
 * "Kenzo Homme Eau de Parfum (2016)"); rows still alike after that are skipped as duplicates of
 * the first. The outcome depends only on the file, so importing it again names rows the same.
 */
export function distinctNames(rows: readonly ImportRow[]): ImportRow[] {
  const valid = rows.filter((row) => row.record);
  const level = new Map<ImportRow, number>();
  const nameOf = (row: ImportRow) => {
    const current = level.get(row) ?? 0;
    return current === 0 ? row.record!.name : nameAt(row, current);
  };
  const identities = new Map<ImportRow, string>();
  const identity = (row: ImportRow) => {
    let cached = identities.get(row);
    if (cached === undefined) {
      cached = identityOf(row.record!.brand, nameOf(row));
      identities.set(row, cached);
    }
    return cached;
  };
  // Each round, every row that shares its identity with another and has a hint left takes one
  // more hint; a renamed row that now collides with a third row escalates in the next round.
  for (let changed = true; changed; ) {
    changed = false;
    const groups = new Map<string, ImportRow[]>();
    for (const row of valid) {
      const key = identity(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const row of group) {
        const current = level.get(row) ?? 0;
        if (current < (row.variantHints?.length ?? 0)) {
          level.set(row, current + 1);
          identities.delete(row);
          changed = true;
        }
      }
    }
  }
  const firstLine = new Map<string, number>();
  return rows.map((row) => {
    if (!row.record) return row;
    const name = nameOf(row);
    const key = identity(row);
    const first = firstLine.get(key);
    if (first !== undefined) return { line: row.line, error: `same brand and name as line ${first}` };
    firstLine.set(key, row.line);
    return name === row.record.name ? row : { ...row, record: { ...row.record, name } };
  });
}
