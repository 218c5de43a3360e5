'use client';

import type { LayeringCommunity, LayeringPair, LayeringVote } from '@scentence/api/schemas';
import Link from 'next/link';
import { useSession } from 'next-auth/react';
import { useId } from 'react';
import { ToggleChoices } from '../components/ToggleChoices';
import { useI18n } from '../i18n/I18nProvider';
import { loginHrefFor } from '../wardrobe/loginHref';
import { displayName } from './displayName';
import { layeringHref } from './layeringUrl';
import { usePairVote } from './usePairVote';

const VOTE_ICONS: Record<LayeringVote, string> = { up: '👍', down: '👎' };
const VOTES: readonly LayeringVote[] = ['up', 'down'];

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
  const { t } = useI18n();
  const text = t.layering.votes;
  const titleId = useId();
  const { status } = useSession();
  const { busy, wish, setWish, told, press } = usePairVote(pair, onCommunity);
  const { community } = pair;

  return (
    <section className="layering-section pair-votes" aria-labelledby={titleId} data-testid="pair-votes">
      <h3 id={titleId} className="layering-section__title">
        {text.title}
      </h3>
      {status === 'authenticated' ? (
        <MemberVotes pair={pair} busy={busy} wish={wish} onWish={setWish} onPress={(choice) => void press(choice)} />
      ) : (
        <GuestVotes pair={pair} />
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

/** 👍 / 👎 with the vote's word; the icon is decoration, the word is what is read out. */
function VoteName({ choice }: { choice: LayeringVote }) {
  const text = useI18n().t.layering.votes;
  return (
    <>
      <span aria-hidden="true">{VOTE_ICONS[choice]}</span>
      {text[choice]}
    </>
  );
}

function VoteCount({ community, choice }: { community: LayeringCommunity; choice: LayeringVote }) {
  return (
    <span className="pair-votes__count" data-testid={`vote-count-${choice}`} data-count={community[choice]}>
      {community[choice]}
    </span>
  );
}

interface MemberVotesProps {
  pair: LayeringPair;
  busy: boolean;
  wish: boolean;
  onWish: (wish: boolean) => void;
  onPress: (choice: LayeringVote) => void;
}

/** The two vote buttons with their counts, and the choice to put the second perfume on the WISH list. */
function MemberVotes({ pair, busy, wish, onWish, onPress }: MemberVotesProps) {
  const { locale, t } = useI18n();
  const text = t.layering.votes;
  const { community } = pair;
  return (
    <>
      <div className="pair-votes__buttons">
        <ToggleChoices
          options={VOTES}
          labelOf={(choice) => (
            <>
              <VoteName choice={choice} />
              <VoteCount community={community} choice={choice} />
            </>
          )}
          isPressed={(choice) => community.myVote === choice}
          onPress={onPress}
          testId="vote"
          buttonClassName="pair-votes__button"
          busy={busy}
        />
      </div>
      {community.myVote ? <p className="layering-section__hint">{text.undo}</p> : null}
      <label className="pair-votes__wish">
        <input
          type="checkbox"
          checked={wish}
          onChange={(event) => onWish(event.target.checked)}
          data-testid="vote-wish"
        />
        {text.wish(displayName(locale, pair.b))}
      </label>
    </>
  );
}

/** The counts, and an invitation to sign in that comes back to this pair. */
function GuestVotes({ pair }: { pair: LayeringPair }) {
  const { t } = useI18n();
  const text = t.layering.votes;
  return (
    <>
      <p className="pair-votes__counts">
        {VOTES.map((choice) => (
          <span key={choice} className="pair-votes__tally">
            <VoteName choice={choice} /> <VoteCount community={pair.community} choice={choice} />
          </span>
        ))}
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
  );
}
