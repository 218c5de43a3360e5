import { catalogMessage, type Issue, isMessageKey, type Locale } from '@scentence/api/schemas';

/** Where in the file a problem is: a CSV line, a JSON entry, or the file as a whole. */
export type ProblemPlace = { kind: 'line'; line: number } | { kind: 'entry'; number: number } | { kind: 'file' };

export interface ImportProblem {
  place: ProblemPlace;
  /** The column or key at fault (`state`, `rating`), when one is. */
  field: string | null;
  message: string;
}

// The backend names a CSV row by its line in the file (`rows.3`, `rows.3.state`) and a JSON
// entry by its index in the list (`entries.0`, `entries.0.rating`).
const ROW_PATH = /^(rows|entries)\.(\d+)(?:\.(.+))?$/;

function placeOf(path: string): { place: ProblemPlace; field: string | null } {
  const match = ROW_PATH.exec(path);
  if (!match) return { place: { kind: 'file' }, field: null };
  const [, list, index, field] = match;
  const place: ProblemPlace =
    list === 'rows' ? { kind: 'line', line: Number(index) } : { kind: 'entry', number: Number(index) + 1 };
  return { place, field: field ?? null };
}

/** Names a place for the reader ("3번째 줄", "Entry 1", "파일 전체"). */
export type PlaceName = (place: ProblemPlace) => string;

/**
 * A catalog message in the reader's language, a row it mentions (`rows.2` in "already at
 * rows.2") named as the reader names it; otherwise the text the service sent.
 */
function messageOf(issue: Issue, locale: Locale, placeName: PlaceName): string {
  const key = issue.messageKey;
  if (key === undefined || !isMessageKey(key)) return issue.message;
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' && ROW_PATH.test(value) ? placeName(placeOf(value).place) : value,
    ]),
  );
  return catalogMessage(key, locale, params);
}

function order(place: ProblemPlace): number {
  if (place.kind === 'line') return place.line;
  if (place.kind === 'entry') return place.number;
  return 0;
}

/** A refused import's issues as the reader wants them: the file's own problems first, then row by row. */
export function importProblemsOf(issues: readonly Issue[], locale: Locale, placeName: PlaceName): ImportProblem[] {
  return issues
    .map((issue) => ({ ...placeOf(issue.path), message: messageOf(issue, locale, placeName) }))
    .sort((a, b) => order(a.place) - order(b.place));
}
