'use client';

import { WARDROBE_FILE_FORMATS } from '@scentence/api/schemas';
import { useId } from 'react';
import { TitledSection } from '../components/TitledSection';
import { useI18n } from '../i18n/I18nProvider';
import { useWardrobeFileTransfer } from './useWardrobeFileTransfer';
import { WardrobeFileOutcome } from './WardrobeFileOutcome';

/** Export the collection as CSV or JSON, and import such a file back (all of it, or nothing and why). */
export function WardrobeFiles() {
  const { t } = useI18n();
  const text = t.wardrobe.files;
  const inputId = useId();
  const { exporting, importing, outcome, exportAs, chooseFile } = useWardrobeFileTransfer();

  return (
    <TitledSection
      titleId="wardrobe-files-title"
      title={text.title}
      className="wardrobe-section"
      titleClassName="wardrobe-section-title"
    >
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
            {exporting === format ? text.exporting : text.exportAs[format]}
          </button>
        ))}
        <span className="wardrobe-files__import">
          <input
            id={inputId}
            type="file"
            className="wardrobe-files__input"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${inputId}-hint`}
            disabled={importing}
            data-testid="wardrobe-import"
            onChange={(event) => void chooseFile(event)}
          />
          <label htmlFor={inputId} className="button wardrobe-files__label">
            {importing ? text.importing : text.import}
          </label>
          <span id={`${inputId}-hint`} className="wardrobe-muted">
            {text.importHint}
          </span>
        </span>
      </div>
      <WardrobeFileOutcome outcome={outcome} />
    </TitledSection>
  );
}
