'use client';

import type { LayeringPair } from '@scentence/api/schemas';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { displayName } from './displayName';

/** Which perfume goes on first, how many sprays of each and where, step by step. */
export function ApplicationAdvice({ pair }: { pair: LayeringPair }) {
  const { locale, t } = useI18n();
  const text = t.layering.pair;
  const titleId = useId();
  const { application } = pair;
  const perfumeOf = (id: number) => (id === pair.a.id ? pair.a : pair.b);
  return (
    <section className="layering-section" aria-labelledby={titleId} data-testid="pair-application">
      <h3 id={titleId} className="layering-section__title">
        {text.application}
      </h3>
      <ol className="layering-order" data-testid="application-order">
        {application.sprays.map((spray, index) => (
          <li
            key={spray.perfumeId}
            className="layering-order__step"
            data-testid="application-spray"
            data-perfume-id={spray.perfumeId}
            data-count={spray.count}
          >
            <span className="layering-order__when">{index === 0 ? text.first : text.second}</span>
            <span className="layering-order__name">{displayName(locale, perfumeOf(spray.perfumeId))}</span>
            <span className="layering-order__count">{text.sprays(spray.count)}</span>
          </li>
        ))}
      </ol>
      <p className="layering-application__summary">
        <span data-testid="application-placement" data-placement={application.placement}>
          {text.placements[application.placement]}
        </span>
        {' · '}
        {text.total(application.totalSprays)}
      </p>
      <h4 className="visually-hidden">{text.steps}</h4>
      <ol className="layering-steps">
        {application.steps.map((step) => (
          <li key={step.en}>{step[locale]}</li>
        ))}
      </ol>
    </section>
  );
}
