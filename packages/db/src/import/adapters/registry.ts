import type { CatalogAdapter } from '../types';
import { fragranticaCsvAdapter } from './fragranticaCsv';
import { fragranticaJsonAdapter } from './fragranticaJson';
import { scentenceTsvAdapter } from './scentenceTsv';

/** Every format the importer reads; a new format is one adapter file and one line here. */
export const CATALOG_ADAPTERS: readonly CatalogAdapter[] = [
  scentenceTsvAdapter,
  fragranticaCsvAdapter,
  fragranticaJsonAdapter,
];

export class UnknownFormatError extends Error {
  constructor(readonly path: string) {
    super(
      `${path}: not a catalog format the importer knows. Expected one of:\n${CATALOG_ADAPTERS.map((a) => `  - ${a.expects}`).join('\n')}`,
    );
    this.name = 'UnknownFormatError';
  }
}

/** How many leading characters `detectFormat` needs to see. */
export const FORMAT_HEAD_LENGTH = 64 * 1024;

/** Picks the adapter whose header or shape matches the start of the file; throws UnknownFormatError otherwise. */
export function detectFormat(path: string, head: string): CatalogAdapter {
  const adapter = CATALOG_ADAPTERS.find((candidate) => candidate.detect(path, head));
  if (!adapter) throw new UnknownFormatError(path);
  return adapter;
}
