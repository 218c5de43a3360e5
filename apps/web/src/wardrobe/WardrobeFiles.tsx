'use client';

import { WARDROBE_FILE_FORMATS, WARDROBE_IMPORT_MAX_BYTES } from '@scentence/api/schemas';
import { type ChangeEvent, useId, useState } from 'react';
import { backendFailureOf } from '../auth/backendErrors';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { isServiceUnavailable } from '../trpc/serviceErrors';
import { downloadText } from './downloadText';
import { type ImportProblem, importProblemsOf, type ProblemPlace } from './importProblems';
import { useWardrobeRefresh } from './useWardrobeStatus';
import { fileFormatOf, type WardrobeFileFormat } from './wardrobeFile';

type Outcome =
  | { kind: 'exported'; entries: number }
  | { kind: 'imported'; added: number; updated: number; unchanged: number }
  | { kind: 'rejected'; problems: ImportProblem[] }
  | { kind: 'error'; message: string };

/** Export the collection as CSV or JSON, and import such a file back (all of it, or nothing and why). */
export function WardrobeFiles() {
  const { locale, t } = useI18n();
  const text = t.wardrobe.files;
  const inputId = useId();
  const utils = trpc.useUtils();
  const refresh = useWardrobeRefresh();
  const importFile = trpc.wardrobe.import.useMutation();
  const [exporting, setExporting] = useState<WardrobeFileFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const placeName = (place: ProblemPlace): string =>
    place.kind === 'line' ? text.line(place.line) : place.kind === 'entry' ? text.entry(place.number) : text.wholeFile;

  function placeText({ place, field }: ImportProblem): string {
    return field ? text.placeField(placeName(place), field) : placeName(place);
  }

  const failureMessage = (error: unknown, fallback: string) =>
    isServiceUnavailable(error) ? t.wardrobe.errors.unavailable : fallback;

  async function exportAs(format: WardrobeFileFormat) {
    setExporting(format);
    setOutcome(null);
    try {
      const file = await utils.client.wardrobe.export.query({ format });
      downloadText(file.filename, file.contentType, file.content);
      setOutcome({ kind: 'exported', entries: file.entries });
    } catch (error) {
      setOutcome({ kind: 'error', message: failureMessage(error, t.wardrobe.errors.generic) });
    } finally {
      setExporting(null);
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    setOutcome(null);
    if (file.size > WARDROBE_IMPORT_MAX_BYTES) return setOutcome({ kind: 'error', message: text.tooLarge });
    const content = await file.text();
    if (content.trim() === '') return setOutcome({ kind: 'error', message: text.emptyFile });
    try {
      const result = await importFile.mutateAsync({ format: fileFormatOf(file.name, content), content });
      setOutcome({ kind: 'imported', ...result });
      await refresh();
    } catch (error) {
      const { issues } = backendFailureOf(error);
      if (issues.length > 0) setOutcome({ kind: 'rejected', problems: importProblemsOf(issues, locale, placeName) });
      else setOutcome({ kind: 'error', message: failureMessage(error, text.failed) });
    }
  }

  return (
    <section className="wardrobe-section" aria-labelledby="wardrobe-files-title">
      <h2 id="wardrobe-files-title" className="wardrobe-section-title">
        {text.title}
      </h2>
      <p className="wardrobe-muted">{text.intro}</p>
      <div className="wardrobe-files">
        {WARDROBE_FILE_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet"
            disabled={exporting !== null}
            data-testid={`wardrobe-export-${format}`}
            onClick={() => void exportAs(format)}
          >
            {exporting === format ? text.exporting : format === 'csv' ? text.exportCsv : text.exportJson}
          </button>
        ))}
        <span className="wardrobe-files__import">
          <input
            id={inputId}
            type="file"
            className="wardrobe-files__input"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${inputId}-hint`}
            disabled={importFile.isPending}
            data-testid="wardrobe-import"
            onChange={(event) => void chooseFile(event)}
          />
          <label htmlFor={inputId} className="button wardrobe-files__label">
            {importFile.isPending ? text.importing : text.import}
          </label>
          <span id={`${inputId}-hint`} className="wardrobe-muted">
            {text.importHint}
          </span>
        </span>
      </div>
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
    </section>
  );
}
