'use client';

import { QueryError } from '../components/QueryError';

/** A page that failed to render shows the same friendly message as a failed request. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <QueryError error={error} onRetry={retry} />;
}
