'use client';

import { WARDROBE_IMPORT_MAX_BYTES } from '@scentence/api/schemas';
import { type ChangeEvent, useState } from 'react';
import { backendFailureOf } from '../auth/backendErrors';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { isServiceUnavailable } from '../trpc/serviceErrors';
import { downloadText } from './downloadText';
import { type ImportProblem, importProblemsOf } from './importProblems';
import { useProblemPlaceName } from './useProblemPlaceName';
import { useWardrobeRefresh } from './useWardrobeStatus';
import { fileFormatOf, type WardrobeFileFormat } from './wardrobeFile';

export type FileOutcome =
  | { kind: 'exported'; entries: number }
  | { kind: 'imported'; added: number; updated: number; unchanged: number }
  | { kind: 'rejected'; problems: ImportProblem[] }
  | { kind: 'error'; message: string };

/** Exports the collection to a download and imports a chosen file, keeping what came of the last one. */
export function useWardrobeFileTransfer() {
  const { locale, t } = useI18n();
  const text = t.wardrobe.files;
  const utils = trpc.useUtils();
  const refresh = useWardrobeRefresh();
  const importFile = trpc.wardrobe.import.useMutation();
  const placeName = useProblemPlaceName();
  const [exporting, setExporting] = useState<WardrobeFileFormat | null>(null);
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);

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

  return { exporting, importing: importFile.isPending, outcome, exportAs, chooseFile };
}
