import type { LayeringCommunity, LayeringPair, PerfumeSummary } from '@scentence/api/schemas';
import { applicationAdvice } from './application';
import { blendProfile } from './blendProfile';
import { communityReason } from './communityRule';
import type { LayeringPerfume } from './layeringPerfume';
import { scoreByRules } from './scorePair';
import { clampScore, verdictOf } from './verdict';
import { wearWhen } from './wearWhen';

export interface PairSides {
  a: { summary: PerfumeSummary; perfume: LayeringPerfume };
  b: { summary: PerfumeSummary; perfume: LayeringPerfume };
}

/**
 * The whole analysis of a pair: the rules' score, members' votes on top of it, the verdict,
 * the reasons, how and when to wear the two, and the chart of both profiles and the blend.
 */
export function analyzePair({ a, b }: PairSides, community: LayeringCommunity): LayeringPair {
  const rules = scoreByRules(a.perfume, b.perfume);
  const score = clampScore(rules.score + community.points);
  const fromVotes = communityReason(community);
  const application = applicationAdvice(a.perfume, b.perfume, { score, contrast: rules.contrast });
  return {
    a: a.summary,
    b: b.summary,
    score,
    verdict: verdictOf(score),
    ruleScore: rules.score,
    contrast: rules.contrast,
    reasons: fromVotes ? [...rules.reasons, fromVotes] : rules.reasons,
    application,
    when: wearWhen(a.perfume, b.perfume),
    profile: blendProfile(a.perfume, b.perfume, application),
    community,
  };
}
