'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { ImportProblem } from './importProblems';
import { useProblemPlaceName } from './useProblemPlaceName';
import type { FileOutcome } from './useWardrobeFileTransfer';

/** What came of the last export or import: counts, the import's problems line by line, or an error. */
export function WardrobeFileOutcome({ outcome }: { outcome: FileOutcome | null }) {
  const text = useI18n().t.wardrobe.files;
  const placeName = useProblemPlaceName();

  function placeText({ place, field }: ImportProblem): string {
    return field ? text.placeField(placeName(place), field) : placeName(place);
  }

  return (
    <>
      <div aria-live="polite" data-testid="wardrobe-files-result">
        {outcome?.kind === 'exported' ? <p className="wardrobe-files__ok">{text.exported(outcome.entries)}</p> : null}
        {outcome?.kind === 'imported' ? (
          <p className="wardrobe-files__ok" data-testid="wardrobe-import-result">
            {text.imported(outcome.added, outcome.updated, outcome.unchanged)}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'rejected' ? (
        <div className="notice notice--error" role="alert" data-testid="wardrobe-import-problems">
          <p>{text.rejected}</p>
          <ul className="wardrobe-files__problems">
            {outcome.problems.map((problem) => (
              <li
                key={`${placeText(problem)} ${problem.message}`}
                data-line={problem.place.kind === 'line' ? problem.place.line : ''}
                data-entry={problem.place.kind === 'entry' ? problem.place.number : ''}
              >
                <strong>{placeText(problem)}</strong> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome?.kind === 'error' ? (
        <p className="notice notice--error" role="alert" data-testid="wardrobe-files-error">
          {outcome.message}
        </p>
      ) : null}
    </>
  );
}
