import type { WardrobeEntry } from '@scentence/api/schemas';
import { fileRefused } from './wardrobeErrors';
import { type RawRow, ROW_FIELDS, type RowField } from './wardrobeFileRows';

/** What marks a Scentence wardrobe file, and the version of its layout this backend reads and writes. */
export const WARDROBE_FILE_FORMAT = 'scentence-wardrobe';
export const WARDROBE_FILE_VERSION = 1;

function fileEntry(entry: WardrobeEntry): Record<RowField, string | number | null> {
  const { perfume } = entry;
  return {
    perfumeId: perfume.id,
    brand: perfume.brand,
    name: perfume.name,
    brandKo: perfume.brandKo,
    nameKo: perfume.nameKo,
    state: entry.state,
    preference: entry.preference,
    rating: entry.rating,
    memo: entry.memo,
    source: entry.source,
    addedAt: entry.addedAt,
  };
}

/** The wardrobe as JSON with its format and version, one entry per line (readable, and diffs well). */
export function wardrobeToJson(entries: readonly WardrobeEntry[], exportedAt: Date): string {
  const head = [
    `  "format": ${JSON.stringify(WARDROBE_FILE_FORMAT)}`,
    `  "version": ${WARDROBE_FILE_VERSION}`,
    `  "exportedAt": ${JSON.stringify(exportedAt.toISOString())}`,
  ];
  const lines = entries.map((entry) => `    ${JSON.stringify(fileEntry(entry))}`);
  const list = lines.length > 0 ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  return `{\n${head.join(',\n')},\n  "entries": ${list}\n}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface JsonRows {
  rows: RawRow[];
  issues: { path: string; key: 'importEntryNotObject' }[];
}

/** The entries of a wardrobe JSON file, each with its place (`entries.<index>`). */
export function jsonRows(content: string): JsonRows {
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw fileRefused('importNotJson');
  }
  if (!isObject(document) || !Array.isArray(document.entries)) throw fileRefused('importNotWardrobeFile');
  const version = document.version ?? WARDROBE_FILE_VERSION;
  if (version !== WARDROBE_FILE_VERSION) {
    throw fileRefused('importVersionUnsupported', { version: String(version).slice(0, 20) });
  }
  const result: JsonRows = { rows: [], issues: [] };
  document.entries.forEach((entry: unknown, index: number) => {
    const path = `entries.${index}`;
    if (!isObject(entry)) {
      result.issues.push({ path, key: 'importEntryNotObject' });
      return;
    }
    const values: RawRow['values'] = {};
    for (const field of Object.keys(entry)) {
      if (isRowField(field)) values[field] = entry[field];
    }
    result.rows.push({ path, values, fieldName: (field) => field });
  });
  return result;
}

const ROW_FIELD_SET = new Set<string>(ROW_FIELDS);
function isRowField(key: string): key is RowField {
  return ROW_FIELD_SET.has(key);
}
