'use client';

import type { LayeringCommunity, LayeringPair, LayeringVote } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { layeringTrpc } from '../trpc/layeringClient';
import { useWardrobeRefresh } from '../wardrobe/useWardrobeStatus';
import { displayName } from './displayName';
import { layeringProblemOf, layeringProblemText } from './layeringProblem';

export interface VoteNotice {
  message: string;
  failed: boolean;
}

/**
 * A member's vote on the pair: pressing the vote they gave takes it back, the other casts or
 * changes it (👍 with `wish` also puts the second perfume on the WISH list). `told` says how it went.
 */
export function usePairVote(pair: LayeringPair, onCommunity: (community: LayeringCommunity) => void) {
  const { locale, t } = useI18n();
  const text = t.layering.votes;
  const refreshWardrobe = useWardrobeRefresh();
  const vote = layeringTrpc.feedback.vote.useMutation();
  const remove = layeringTrpc.feedback.removeVote.useMutation();
  const [wish, setWish] = useState(false);
  const [told, setTold] = useState<VoteNotice | null>(null);
  const busy = vote.isPending || remove.isPending;

  async function press(choice: LayeringVote) {
    if (busy) return;
    setTold(null);
    const ids = { a: pair.a.id, b: pair.b.id };
    try {
      if (pair.community.myVote === choice) {
        const result = await remove.mutateAsync(ids);
        onCommunity(result.community);
        setTold({ message: text.removed, failed: false });
        return;
      }
      const result = await vote.mutateAsync({ ...ids, vote: choice, wish: choice === 'up' && wish });
      onCommunity(result.community);
      const partnerName = displayName(locale, pair.b);
      setTold({ message: result.wishlisted ? text.wishlisted(partnerName) : text.saved, failed: false });
      if (result.wishlisted) await refreshWardrobe();
    } catch (error) {
      const problem = layeringProblemOf(error);
      const message =
        problem.kind === 'unknown' ? text.failed : layeringProblemText(problem, locale, t.layering.errors);
      setTold({ message, failed: true });
    }
  }

  return { busy, wish, setWish, told, press };
}
