import type { PerfumeRecordInput } from '@scentence/api/schemas';
import { nameKey } from '../../text/normalize';
import { shippedKoreanNames } from '../koreanNames';
import { releaseYear } from '../mappings/releaseYear';
import { cleanSourceText } from '../sourceText';
import { type ImportRow, validatedRow } from '../types';

/** An http(s) URL that fits the record, or null. */
export function imageUrlOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = value.trim();
  return /^https?:\/\//i.test(url) && url.length <= 500 && URL.canParse(url) ? url : null;
}

/** Perfumer names from a list or a comma-separated cell, cleaned and without repeats. */
export function perfumersOf(value: string | readonly string[] | null | undefined): string[] {
  const names = typeof value === 'string' ? value.split(',') : (value ?? []);
  const cleaned = names.map(cleanSourceText).filter((name) => name.length > 0 && name.length <= 120);
  return [...new Set(cleaned)].slice(0, 20);
}

const brandKoCache = new Map<string, string | null>();

/** The Korean brand name the shipped catalog knows, if any. */
export function brandKoOf(brand: string): string | null {
  let ko = brandKoCache.get(brand);
  if (ko === undefined) {
    ko = shippedKoreanNames().brandsKo.get(nameKey(brand)) ?? null;
    brandKoCache.set(brand, ko);
  }
  return ko;
}

/** Brand, its Korean name, perfume name and year from a delimited file's `brand` and `perfume` cells and its year column. */
export function cellIdentity(cell: (column: string) => string, yearColumn: string) {
  const brand = cleanSourceText(cell('brand'));
  return {
    brand,
    brandKo: brandKoOf(brand),
    name: cleanSourceText(cell('perfume')),
    year: releaseYear(cell(yearColumn)),
  };
}

/** A number from a JSON value or a cell ("12", 12), else 0. */
export function countOf(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(typeof value === 'string' ? value.trim() : Number.NaN);
  return Number.isFinite(number) && number > 0 ? number : 0;
}

/**
 * The last step every adapter shares: a row that says nothing about the scent (no accords and
 * no notes) is skipped; the rest is validated with the record schema.
 */
export function finishRow(line: number, input: PerfumeRecordInput, variantHints?: (string | null)[]): ImportRow {
  if (Object.keys(input.accords).length === 0 && (input.notes ?? []).length === 0) {
    return { line, error: 'no accords and no notes' };
  }
  const hints = (variantHints ?? []).filter((hint): hint is string => Boolean(hint));
  return validatedRow(line, input, hints);
}
