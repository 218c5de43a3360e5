import { type MessageIssue, MessageIssuesError } from '@scentence/api';
import type {
  PerfumeSummary,
  WardrobeExport,
  WardrobeImportRequest,
  WardrobeImportResult,
} from '@scentence/api/schemas';
import { type NamedPerfume, nameKey, type WardrobeImportRow } from '@scentence/db';
import { brandIdentityKey } from '@scentence/domain/names';
import { csvRows, wardrobeToCsv } from './wardrobeCsv';
import type { WardrobeDependencies } from './wardrobeDependencies';
import { fileRefused } from './wardrobeErrors';
import { type RowDraft, readRow } from './wardrobeFileRows';
import { jsonRows, wardrobeToJson } from './wardrobeJson';
import type { WardrobeService } from './wardrobeService';

/** An import refused for its rows names at most this many of them (the first ones). */
export const IMPORT_ISSUES_SHOWN = 100;

/** `rows.12.state` → 12: issues are listed in the file's order. */
const positionOf = (path: string) => Number(path.split('.')[1]);

function sameHouse(brand: string, perfume: { brand: string; brandKo: string | null }): boolean {
  const house = brandIdentityKey(brand);
  return [perfume.brand, perfume.brandKo].some((text) => text !== null && brandIdentityKey(text) === house);
}

/**
 * Which catalog perfume each row means. Brand and name come first (they survive a re-import of
 * the catalog, where ids may change); a row whose names no longer match is taken by its id only
 * when that perfume is of the same house. A row with an id alone is taken by its id.
 */
async function findPerfumes(deps: WardrobeDependencies, drafts: readonly RowDraft[]): Promise<(number | null)[]> {
  const named = drafts.filter((draft) => draft.brand !== null && draft.name !== null);
  const byName = new Map<string, NamedPerfume[]>();
  for (const perfume of await deps.perfumes.perfumesNamed(named.map((draft) => draft.name as string))) {
    const key = nameKey(perfume.name);
    byName.set(key, [...(byName.get(key) ?? []), perfume]);
  }
  const ids = drafts.flatMap((draft) => (draft.perfumeId === null ? [] : [draft.perfumeId]));
  const byId = new Map<number, PerfumeSummary>(
    (await deps.perfumes.findSummaries([...new Set(ids)])).map((summary) => [summary.id, summary]),
  );
  return drafts.map((draft) => {
    if (draft.brand !== null && draft.name !== null) {
      const brand = draft.brand;
      const match = byName.get(nameKey(draft.name))?.find((perfume) => sameHouse(brand, perfume));
      if (match) return match.id;
    }
    const perfume = draft.perfumeId === null ? undefined : byId.get(draft.perfumeId);
    if (!perfume || (draft.brand !== null && !sameHouse(draft.brand, perfume))) return null;
    return perfume.id;
  });
}

/** Export as CSV or JSON, and import such a file back: all rows or none. */
export function createWardrobeFiles(deps: WardrobeDependencies, service: WardrobeService) {
  return {
    async export(memberId: string, format: WardrobeExport['format']): Promise<WardrobeExport> {
      const entries = await service.entriesWithPerfumes(await deps.wardrobe.list(memberId));
      const now = deps.clock();
      const filename = `scentence-wardrobe-${now.toISOString().slice(0, 10)}.${format}`;
      return format === 'csv'
        ? {
            format,
            filename,
            contentType: 'text/csv; charset=utf-8',
            content: wardrobeToCsv(entries),
            entries: entries.length,
          }
        : {
            format,
            filename,
            contentType: 'application/json; charset=utf-8',
            content: wardrobeToJson(entries, now),
            entries: entries.length,
          };
    },

    /**
     * Reads the whole file, checks every row and finds every perfume before writing anything:
     * any bad row refuses the file with a 400 naming each bad row (`rows.<line>` in CSV,
     * `entries.<index>` in JSON, plus the column when one value is at fault); otherwise every
     * row is written in one transaction.
     */
    async import(memberId: string, input: WardrobeImportRequest): Promise<WardrobeImportResult> {
      const parsed = input.format === 'csv' ? csvRows(input.content) : jsonRows(input.content);
      if (parsed.rows.length + parsed.issues.length === 0) throw fileRefused('importEmpty');
      const issues: MessageIssue[] = [...parsed.issues];
      const drafts: RowDraft[] = [];
      for (const raw of parsed.rows) {
        const row = readRow(raw, deps.clock());
        issues.push(...row.issues);
        if (row.draft) drafts.push(row.draft);
      }

      const perfumeIds = await findPerfumes(deps, drafts);
      const firstAt = new Map<number, string>();
      const rows: WardrobeImportRow[] = [];
      drafts.forEach((draft, index) => {
        const perfumeId = perfumeIds[index];
        if (perfumeId === null || perfumeId === undefined) {
          issues.push({ path: draft.path, key: 'importPerfumeUnknown' });
          return;
        }
        const first = firstAt.get(perfumeId);
        if (first !== undefined) {
          issues.push({ path: draft.path, key: 'importDuplicate', params: { first } });
          return;
        }
        firstAt.set(perfumeId, draft.path);
        const { state, preference, rating, memo, source, addedAt } = draft;
        rows.push({ perfumeId, state, preference, rating, memo, source, addedAt });
      });

      if (issues.length > 0) {
        const ordered = issues.sort((a, b) => positionOf(a.path) - positionOf(b.path));
        throw new MessageIssuesError(ordered.slice(0, IMPORT_ISSUES_SHOWN));
      }
      return deps.wardrobe.import(memberId, rows);
    },
  };
}
