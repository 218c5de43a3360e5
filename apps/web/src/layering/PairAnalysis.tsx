'use client';

import type { LayeringCommunity } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { layeringTrpc } from '../trpc/layeringClient';
import { LayeringErrorNotice } from './LayeringErrorNotice';
import { PairScoreCard } from './PairScoreCard';

/** The two chosen perfumes' analysis, or why there is none: a pair the service refuses, or a service that is down. */
export function PairAnalysis({ a, b }: { a: number; b: number }) {
  const { t } = useI18n();
  const utils = layeringTrpc.useUtils();
  const query = layeringTrpc.pair.analyze.useQuery({ a, b });

  if (query.error) {
    return <LayeringErrorNotice error={query.error} onRetry={() => void query.refetch()} testId="pair-error" />;
  }
  if (!query.data) {
    return (
      <p className="layering-loading" aria-busy="true" data-testid="pair-loading">
        {t.layering.loading}
      </p>
    );
  }
  const onCommunity = (community: LayeringCommunity) => {
    utils.pair.analyze.setData({ a, b }, (old) => (old ? { ...old, community } : old));
    // Enough votes move the score too: the service says by how much.
    if (community.counted) void utils.pair.analyze.invalidate({ a, b });
  };
  return <PairScoreCard pair={query.data} onCommunity={onCommunity} />;
}
