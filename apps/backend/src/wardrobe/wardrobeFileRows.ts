import type { MessageIssue } from '@scentence/api';
import {
  INT4_MAX,
  MEMO_MAX_LENGTH,
  PREFERENCES,
  type Preference,
  ratingSchema,
  WARDROBE_SOURCES,
  WARDROBE_STATES,
  type WardrobeSource,
  type WardrobeState,
} from '@scentence/api/schemas';
import type { WardrobeImportRow } from '@scentence/db';
import { z } from 'zod';

/** The fields of a wardrobe file's row (named `perfume_id` … in CSV, `perfumeId` … in JSON). */
export const ROW_FIELDS = [
  'perfumeId',
  'brand',
  'name',
  'brandKo',
  'nameKo',
  'state',
  'preference',
  'rating',
  'memo',
  'source',
  'addedAt',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** A row as the file has it, before any checking. */
export interface RawRow {
  /** Where the row is: `rows.<line>` in CSV, `entries.<index>` in JSON. */
  path: string;
  values: Partial<Record<RowField, unknown>>;
  /** The file's own name of a field, for the path of an issue about it. */
  fieldName: (field: RowField) => string;
}

/**
 * A checked row: an import row whose perfume is still to be found in the catalog (by id, or by
 * brand and name).
 */
export interface RowDraft extends Omit<WardrobeImportRow, 'perfumeId'> {
  path: string;
  perfumeId: number | null;
  brand: string | null;
  name: string | null;
}

const DIGITS = /^\d+$/;
const isoDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
/** Clocks differ: a date up to a day ahead is accepted. */
const FUTURE_TOLERANCE_MS = 86_400_000;

type Read<T> = { ok: true; value: T } | { ok: false; issue: Omit<MessageIssue, 'path'> };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const invalid = (key: MessageIssue['key'], params: MessageIssue['params'] = {}): Read<never> => ({
  ok: false,
  issue: { key, params },
});

/** Text, or null when the cell is empty or the key absent. */
function readText(value: unknown): Read<string | null> {
  if (value === undefined || value === null) return ok(null);
  if (typeof value !== 'string') return invalid('importTextInvalid');
  const text = value.trim();
  return ok(text === '' ? null : text);
}

function readChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T | null): Read<T> {
  const text = readText(value);
  if (!text.ok) return text;
  const key = text.value?.toLowerCase() ?? null;
  if (key === null && fallback !== null) return ok(fallback);
  return key !== null && (choices as readonly string[]).includes(key)
    ? ok(key as T)
    : invalid('importValueInvalid', { allowed: choices.join(', ') });
}

function readPerfumeId(value: unknown): Read<number | null> {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1 && value <= INT4_MAX ? ok(value) : invalid('importIdInvalid');
  }
  const text = readText(value);
  if (!text.ok) return invalid('importIdInvalid');
  if (text.value === null) return ok(null);
  const id = DIGITS.test(text.value) ? Number(text.value) : 0;
  return id >= 1 && id <= INT4_MAX ? ok(id) : invalid('importIdInvalid');
}

function readRating(value: unknown): Read<number | null> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return ok(null);
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return ratingSchema.safeParse(number).success ? ok(number as number) : invalid('ratingInvalid');
}

function readMemo(value: unknown): Read<string> {
  const text = readText(value);
  if (!text.ok) return text;
  const memo = text.value ?? '';
  return memo.length <= MEMO_MAX_LENGTH ? ok(memo) : invalid('importMemoTooLong', { max: MEMO_MAX_LENGTH });
}

function readDate(value: unknown, now: Date): Read<Date | null> {
  const text = readText(value);
  if (!text.ok) return text;
  if (text.value === null) return ok(null);
  if (!isoDate.safeParse(text.value).success) return invalid('importDateInvalid');
  const date = new Date(text.value);
  return date.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS ? ok(date) : invalid('importDateInvalid');
}

/** Checks one row; every field at fault is one issue, named by its path (`rows.3.state`). */
export function readRow(raw: RawRow, now: Date): { draft: RowDraft | null; issues: MessageIssue[] } {
  const { values } = raw;
  const issues: MessageIssue[] = [];
  const take = <T>(field: RowField, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    issues.push({ path: `${raw.path}.${raw.fieldName(field)}`, ...read.issue });
    return undefined;
  };
  const perfumeId = take('perfumeId', readPerfumeId(values.perfumeId));
  const brand = take('brand', readText(values.brand));
  const name = take('name', readText(values.name));
  const state = take('state', readChoice<WardrobeState>(values.state, WARDROBE_STATES, null));
  const preference = take('preference', readChoice<Preference>(values.preference, PREFERENCES, 'neutral'));
  const rating = take('rating', readRating(values.rating));
  const memo = take('memo', readMemo(values.memo));
  const source = take('source', readChoice<WardrobeSource>(values.source, WARDROBE_SOURCES, 'import'));
  const addedAt = take('addedAt', readDate(values.addedAt, now));
  if (
    perfumeId === undefined ||
    brand === undefined ||
    name === undefined ||
    state === undefined ||
    preference === undefined ||
    rating === undefined ||
    memo === undefined ||
    source === undefined ||
    addedAt === undefined
  ) {
    return { draft: null, issues };
  }
  if (perfumeId === null && (brand === null || name === null)) {
    return { draft: null, issues: [{ path: raw.path, key: 'importPerfumeMissing' }] };
  }
  const draft = { path: raw.path, perfumeId, brand, name, state, preference, rating, memo, source, addedAt };
  return { draft, issues };
}
