'use client';

import type { LayeringCommunity, LayeringPair, LayeringVote } from '@scentence/api/schemas';
import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { layeringTrpc } from '../trpc/layeringClient';
import { loginHrefFor } from '../wardrobe/loginHref';
import { useWardrobeRefresh } from '../wardrobe/useWardrobeStatus';
import { displayName } from './displayName';
import { layeringProblemOf, layeringProblemText } from './layeringProblem';
import { layeringHref } from './layeringUrl';

const VOTE_ICONS: Record<LayeringVote, string> = { up: '👍', down: '👎' };

interface PairVotesProps {
  pair: LayeringPair;
  /** The pair's counts changed (a vote cast or taken back): the page's copy of the pair follows. */
  onCommunity: (community: LayeringCommunity) => void;
}

/**
 * Members' 👍 / 👎 on the pair with the counts: one vote per member, changed by pressing the other
 * and taken back by pressing it again; 👍 can also put the second perfume on the WISH list. A
 * guest sees the counts and is invited to sign in.
 */
export function PairVotes({ pair, onCommunity }: PairVotesProps) {
  const { locale, t } = useI18n();
  const text = t.layering.votes;
  const titleId = useId();
  const { status } = useSession();
  const signedIn = status === 'authenticated';
  const refreshWardrobe = useWardrobeRefresh();
  const vote = layeringTrpc.feedback.vote.useMutation();
  const remove = layeringTrpc.feedback.removeVote.useMutation();
  const [wish, setWish] = useState(false);
  const [told, setTold] = useState<{ message: string; failed: boolean } | null>(null);
  const { community } = pair;
  const partnerName = displayName(locale, pair.b);
  const busy = vote.isPending || remove.isPending;

  async function press(choice: LayeringVote) {
    if (busy) return;
    setTold(null);
    const ids = { a: pair.a.id, b: pair.b.id };
    try {
      if (community.myVote === choice) {
        const result = await remove.mutateAsync(ids);
        onCommunity(result.community);
        setTold({ message: text.removed, failed: false });
        return;
      }
      const result = await vote.mutateAsync({ ...ids, vote: choice, wish: choice === 'up' && wish });
      onCommunity(result.community);
      setTold({ message: result.wishlisted ? text.wishlisted(partnerName) : text.saved, failed: false });
      if (result.wishlisted) await refreshWardrobe();
    } catch (error) {
      const problem = layeringProblemOf(error);
      const message =
        problem.kind === 'unknown' ? text.failed : layeringProblemText(problem, locale, t.layering.errors);
      setTold({ message, failed: true });
    }
  }

  const count = (choice: LayeringVote) => (
    <span className="pair-votes__count" data-testid={`vote-count-${choice}`} data-count={community[choice]}>
      {community[choice]}
    </span>
  );

  return (
    <section className="layering-section pair-votes" aria-labelledby={titleId} data-testid="pair-votes">
      <h3 id={titleId} className="layering-section__title">
        {text.title}
      </h3>
      {signedIn ? (
        <>
          <div className="pair-votes__buttons">
            {(['up', 'down'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                className="pair-votes__button"
                aria-pressed={community.myVote === choice}
                aria-busy={busy}
                data-testid={`vote-${choice}`}
                onClick={() => void press(choice)}
              >
                <span aria-hidden="true">{VOTE_ICONS[choice]}</span>
                {choice === 'up' ? text.up : text.down}
                {count(choice)}
              </button>
            ))}
          </div>
          {community.myVote ? <p className="layering-section__hint">{text.undo}</p> : null}
          <label className="pair-votes__wish">
            <input
              type="checkbox"
              checked={wish}
              onChange={(event) => setWish(event.target.checked)}
              data-testid="vote-wish"
            />
            {text.wish(partnerName)}
          </label>
        </>
      ) : (
        <>
          <p className="pair-votes__counts">
            <span className="pair-votes__tally">
              <span aria-hidden="true">{VOTE_ICONS.up}</span>
              {text.up} {count('up')}
            </span>
            <span className="pair-votes__tally">
              <span aria-hidden="true">{VOTE_ICONS.down}</span>
              {text.down} {count('down')}
            </span>
          </p>
          <p>
            {text.guest}{' '}
            <Link
              href={loginHrefFor(layeringHref({ a: pair.a.id, b: pair.b.id }))}
              className="pair-votes__sign-in"
              data-testid="vote-sign-in"
            >
              {text.signIn}
            </Link>
          </p>
        </>
      )}
      <p className="layering-section__hint">{community.counted ? text.counted : text.notCounted}</p>
      <p
        className={told?.failed ? 'pair-votes__told pair-votes__told--failed' : 'pair-votes__told'}
        role="status"
        data-testid="vote-notice"
      >
        {told?.message ?? ''}
      </p>
    </section>
  );
}
