import { type PerfumeRecord, type PerfumeRecordInput, perfumeRecordSchema } from '@scentence/api/schemas';

/** One data row of a source file: a valid record, or the reason it is skipped. */
export interface ImportRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  record?: PerfumeRecord;
  error?: string;
  /**
   * Suffixes that tell this perfume apart from another row with the same brand and name
   * (e.g. "Eau de Toilette", "(2016)"), most telling first; used only when names collide.
   */
  variantHints?: string[];
}

/** A source format: how to recognise it from its first bytes, and how to read it. */
export interface CatalogAdapter {
  /** Short id printed in the summary, e.g. "scentence-tsv". */
  format: string;
  /** What the file looks like, for the "unknown format" message. */
  expects: string;
  detect(path: string, head: string): boolean;
  parse(text: string): Iterable<ImportRow>;
}

/** Validates a mapped row with the catalog's record schema; a bad row becomes a skipped row with its reason. */
export function validatedRow(line: number, input: PerfumeRecordInput, variantHints?: string[]): ImportRow {
  const result = perfumeRecordSchema.safeParse(input);
  if (result.success) return { line, record: result.data, ...(variantHints?.length ? { variantHints } : {}) };
  const reasons = result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
  return { line, error: [...new Set(reasons)].slice(0, 3).join('; ') };
}
