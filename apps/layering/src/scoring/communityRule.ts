import type { LayeringCommunity, LayeringReason, LayeringVote } from '@scentence/api/schemas';

/** Votes count once a pair has this many (docs/layering.md, "Community"). */
export const COMMUNITY_MIN_VOTES = 10;
/** At full confidence the votes move the score by up to this many points either way. */
export const COMMUNITY_MAX_POINTS = 15;
/** Confidence grows with the number of votes up to this many. */
export const COMMUNITY_FULL_CONFIDENCE_VOTES = 30;

export interface VoteCounts {
  up: number;
  down: number;
}

/**
 * Points members' votes add: none below COMMUNITY_MIN_VOTES; then (share of 👍 − ½) × 2 ×
 * COMMUNITY_MAX_POINTS, scaled by min(1, votes / COMMUNITY_FULL_CONFIDENCE_VOTES).
 */
export function communityPoints({ up, down }: VoteCounts): number {
  const votes = up + down;
  if (votes < COMMUNITY_MIN_VOTES) return 0;
  const confidence = Math.min(1, votes / COMMUNITY_FULL_CONFIDENCE_VOTES);
  return Math.round((up / votes - 0.5) * 2 * COMMUNITY_MAX_POINTS * confidence);
}

export function communityOf(counts: VoteCounts, myVote: LayeringVote | null): LayeringCommunity {
  const points = communityPoints(counts);
  return { up: counts.up, down: counts.down, counted: counts.up + counts.down >= COMMUNITY_MIN_VOTES, points, myVote };
}

export function communityReason(community: LayeringCommunity): LayeringReason | null {
  if (!community.counted) return null;
  const votes = community.up + community.down;
  const share = Math.round((community.up / votes) * 100);
  return {
    kind: 'community',
    rule: 'community.votes',
    points: community.points,
    text: {
      ko: `직접 써 본 ${votes}명 중 ${share}%가 좋다고 했어요`,
      en: `${share}% of the ${votes} members who tried it liked it`,
    },
    accords: [],
    notes: [],
  };
}
