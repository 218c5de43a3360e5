'use client';

import { useI18n } from '../i18n/I18nProvider';
import { isRefusedPair, layeringProblemOf, layeringProblemText } from './layeringProblem';

interface LayeringErrorNoticeProps {
  error: unknown;
  onRetry: () => void;
  testId?: string;
}

/**
 * A failed layering call in the reader's language: the service's own message (a pair it refuses,
 * a perfume it does not know) from its key, or a friendly notice when the service is down.
 */
export function LayeringErrorNotice({ error, onRetry, testId = 'layering-error' }: LayeringErrorNoticeProps) {
  const { locale, t } = useI18n();
  const text = t.layering.errors;
  const problem = layeringProblemOf(error);
  const refused = isRefusedPair(problem);
  return (
    <div
      className="notice notice--error layering-error"
      role="alert"
      data-testid={testId}
      data-problem={problem.kind === 'message' ? problem.key : problem.kind}
    >
      <p>{layeringProblemText(problem, locale, text)}</p>
      {refused ? null : (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}
