import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportRow } from '../../src/import/types';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

export const fixturePath = (name: string) => path.join(FIXTURES, name);
export const fixtureText = (name: string) => readFileSync(fixturePath(name), 'utf8');

/** The row whose record has this name (after renaming), or fails the test. */
export function recordNamed(rows: readonly ImportRow[], name: string) {
  const row = rows.find((r) => r.record?.name === name);
  if (!row?.record)
    throw new Error(`no record named ${name}: ${rows.map((r) => r.record?.name ?? r.error).join(', ')}`);
  return row.record;
}

export const notesAt = (record: { notes: { name: string; position: string }[] }, position: string) =>
  record.notes.filter((n) => n.position === position).map((n) => n.name);
