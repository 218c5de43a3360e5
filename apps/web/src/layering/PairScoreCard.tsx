'use client';

import type { LayeringCommunity, LayeringPair } from '@scentence/api/schemas';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ApplicationAdvice } from './ApplicationAdvice';
import { BlendChart } from './BlendChart';
import { PairPerfume } from './PairPerfume';
import { PairVotes } from './PairVotes';
import { ReasonList } from './ReasonList';
import { ScoreDial } from './ScoreDial';
import { verdictLabel } from './verdictLabel';
import { WearWhen } from './WearWhen';

interface PairScoreCardProps {
  pair: LayeringPair;
  onCommunity: (community: LayeringCommunity) => void;
}

/** The pair analysis: the two bottles, the score and verdict, why, how and when to wear them, the blend, and members' votes. */
export function PairScoreCard({ pair, onCommunity }: PairScoreCardProps) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  const titleId = useId();
  const reasonsId = useId();
  return (
    <article
      className="pair-card"
      aria-labelledby={titleId}
      data-testid="pair-card"
      data-a={pair.a.id}
      data-b={pair.b.id}
      data-score={pair.score}
      data-verdict={pair.verdict}
    >
      <h2 id={titleId} className="visually-hidden">
        {text.title}
      </h2>
      <div className="pair-card__head">
        <PairPerfume perfume={pair.a} testId="pair-perfume-a" />
        <div className="pair-card__score">
          <div className="pair-card__dial">
            <ScoreDial score={pair.score} verdict={pair.verdict} />
            <p className="pair-card__number">
              <span className="visually-hidden">{text.score} </span>
              <span data-testid="pair-score">{text.scoreValue(pair.score)}</span>
              <span className="pair-card__out-of">{text.outOf}</span>
            </p>
          </div>
          <p
            className={`verdict-badge verdict-badge--${pair.verdict} pair-card__verdict`}
            data-testid="pair-verdict"
            data-verdict={pair.verdict}
          >
            {verdictLabel(pair.verdict, locale)}
          </p>
          {pair.contrast ? (
            <p className="pair-card__contrast" data-testid="pair-contrast">
              <span className="layering-tag layering-tag--contrast">{text.contrast}</span>
              <span className="pair-card__contrast-hint">{text.contrastHint}</span>
            </p>
          ) : null}
          {pair.score !== pair.ruleScore ? (
            <p className="layering-section__hint">{text.ruleScore(pair.ruleScore)}</p>
          ) : null}
        </div>
        <PairPerfume perfume={pair.b} testId="pair-perfume-b" />
      </div>
      <div className="pair-card__body">
        <section className="layering-section" aria-labelledby={reasonsId}>
          <h3 id={reasonsId} className="layering-section__title">
            {text.reasons}
          </h3>
          <ReasonList reasons={pair.reasons} />
        </section>
        <ApplicationAdvice pair={pair} />
        <WearWhen when={pair.when} />
        <BlendChart pair={pair} />
        <PairVotes pair={pair} onCommunity={onCommunity} />
      </div>
    </article>
  );
}
