'use client';

import { brandIn } from '../catalog/names';
import { PerfumeCard } from '../components/PerfumeCard';
import { PerfumeGridSkeleton } from '../components/PerfumeGridSkeleton';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { RecommendationSwitch } from './RecommendationSwitch';
import { ADD_INPUT_ID } from './WardrobeAdd';

const FOR_YOU_COUNT = 8;

/** Perfumes picked from the member's taste, each with why; an invitation when there is no taste yet. */
export function ForYouSection() {
  const { locale, t } = useI18n();
  const text = t.wardrobe.forYou;
  const forYou = trpc.wardrobe.forYou.useQuery({ limit: FOR_YOU_COUNT });

  function body() {
    if (forYou.isPending) return <PerfumeGridSkeleton count={4} label={t.wardrobe.loading} />;
    if (forYou.isError) return <QueryError error={forYou.error} onRetry={() => forYou.refetch()} />;
    const { basis, items } = forYou.data;
    if (basis === 'disabled') {
      return (
        <div className="notice" data-testid="for-you-disabled">
          <p className="notice__title">{text.disabledTitle}</p>
          <p>{text.disabled}</p>
        </div>
      );
    }
    if (basis === 'empty') {
      return (
        <div className="notice wardrobe-invite" data-testid="for-you-empty">
          <p className="notice__title">{text.emptyTitle}</p>
          <p>{text.empty}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              const input = document.getElementById(ADD_INPUT_ID);
              input?.scrollIntoView({ block: 'center' });
              input?.focus();
            }}
          >
            {text.emptyAction}
          </button>
        </div>
      );
    }
    if (items.length === 0) return <p className="notice">{text.none}</p>;
    return (
      <ul className="perfume-grid" data-testid="for-you">
        {items.map((item) => (
          <li key={item.perfume.id}>
            <PerfumeCard
              perfume={item.perfume}
              locale={locale}
              testId="for-you-perfume"
              footer={
                <div className="perfume-card__footer">
                  <p data-testid="for-you-reason">{item.reason[locale]}</p>
                  {item.becauseOf.length > 0 ? (
                    <p className="wardrobe-muted">
                      {text.because(item.becauseOf.map((like) => `${brandIn(locale, like)} ${like.name}`).join(', '))}
                    </p>
                  ) : null}
                </div>
              }
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="wardrobe-section" aria-labelledby="wardrobe-for-you-title">
      <div className="wardrobe-section__head">
        <div>
          <h2 id="wardrobe-for-you-title" className="wardrobe-section-title">
            {text.title}
          </h2>
          <p className="wardrobe-muted">{text.intro}</p>
        </div>
        <RecommendationSwitch />
      </div>
      {body()}
    </section>
  );
}
