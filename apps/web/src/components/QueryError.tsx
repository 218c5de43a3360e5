'use client';

import { useI18n } from '../i18n/I18nProvider';
import { isServiceUnavailable } from '../trpc/serviceErrors';

/** What a failed request looks like to the reader: a friendly sentence and a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const unavailable = isServiceUnavailable(error);
  return (
    <div className="notice notice--error" role="alert" data-testid="query-error" data-unavailable={unavailable}>
      <p>{unavailable ? t.errors.unavailable : t.errors.generic}</p>
      <button type="button" className="button button--quiet" onClick={onRetry}>
        {t.errors.retry}
      </button>
    </div>
  );
}
