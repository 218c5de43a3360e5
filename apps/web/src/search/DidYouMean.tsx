'use client';

import Link from 'next/link';
import { useI18n } from '../i18n/I18nProvider';
import type { BackendOutputs } from '../trpc/client';
import { type SearchFilters, searchHref, withText } from './searchFilters';

interface DidYouMeanProps {
  suggestion: NonNullable<BackendOutputs['perfume']['search']['didYouMean']>;
  filters: SearchFilters;
}

/** "Did you mean Dior Sauvage?": the closest name to a misspelt one, as a search for it. */
export function DidYouMean({ suggestion, filters }: DidYouMeanProps) {
  const { t } = useI18n();
  return (
    <p className="did-you-mean" data-testid="did-you-mean">
      {t.understanding.didYouMean}{' '}
      <Link href={searchHref(withText(filters, suggestion.q))} className="did-you-mean__link">
        {suggestion.q}
      </Link>
      {t.understanding.didYouMeanAfter}
    </p>
  );
}
