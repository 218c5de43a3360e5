import type { LayeringCommunity, LayeringPair } from '@scentence/api/schemas';
import type { PairVotes } from '@scentence/db';
import type { LoadedPerfume } from '../catalog/profileCache';
import type { LayeringDependencies } from '../layeringDependencies';
import { perfumeNotFound, sameLineRefused } from '../layeringErrors';
import { analyzePair } from '../scoring/analyzePair';
import { communityOf } from '../scoring/communityRule';
import { sameLine } from '../scoring/sameLine';

const NO_VOTES: PairVotes = { up: 0, down: 0, mine: null };

/** A pair's votes with the asking member's own; none when this process keeps no votes. */
export async function communityOfPair(
  deps: Pick<LayeringDependencies, 'votes'>,
  a: number,
  b: number,
  memberId: string | null,
): Promise<LayeringCommunity> {
  const votes = deps.votes ? await deps.votes.ofPair(a, b, memberId) : NO_VOTES;
  return communityOf(votes, votes.mine);
}

export type PairRefusal = { kind: 'same' | 'concentration' | 'flanker'; a: LoadedPerfume; b: LoadedPerfume };

/** The two perfumes, read whole; 404 naming the field of an unknown id. */
export async function loadPair(deps: Pick<LayeringDependencies, 'profiles'>, a: number, b: number) {
  const loaded = await deps.profiles.load([a, b]);
  const first = loaded.get(a);
  const second = loaded.get(b);
  if (!first) throw perfumeNotFound(a);
  if (!second) throw perfumeNotFound(b);
  return { a: first, b: second };
}

/** Why two perfumes cannot be layered: one perfume, one in two concentrations, or one line; null when they can. */
export function pairRefusal(a: LoadedPerfume, b: LoadedPerfume): PairRefusal | null {
  const kind = sameLine(a.perfume, b.perfume);
  return kind ? { kind, a, b } : null;
}

const displayName = (loaded: LoadedPerfume) => `${loaded.summary.brand} ${loaded.summary.name}`;

/** The pair analysis of two perfumes by id, with members' votes; 400 for one perfume or one line, 404 for an unknown id. */
export async function analyzePairById(
  deps: Pick<LayeringDependencies, 'profiles' | 'votes'>,
  a: number,
  b: number,
  memberId: string | null,
): Promise<LayeringPair> {
  if (a === b) throw sameLineRefused('same', { a: String(a), b: String(b) });
  const pair = await loadPair(deps, a, b);
  const refusal = pairRefusal(pair.a, pair.b);
  if (refusal) throw sameLineRefused(refusal.kind, { a: displayName(pair.a), b: displayName(pair.b) });
  return analyzePair(pair, await communityOfPair(deps, a, b, memberId));
}
