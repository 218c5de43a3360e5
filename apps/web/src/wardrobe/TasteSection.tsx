'use client';

import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { TasteProfileView } from './TasteProfileView';

/** The taste profile at a glance: the accord radar and bars, notes, seasons and gender lean. */
export function TasteSection() {
  const { t } = useI18n();
  const text = t.wardrobe.taste;
  const taste = trpc.wardrobe.taste.useQuery({});

  function body() {
    if (taste.isPending) return <p className="wardrobe-muted">{t.wardrobe.loading}</p>;
    if (taste.isError) return <QueryError error={taste.error} onRetry={() => taste.refetch()} />;
    const profile = taste.data;
    if (profile.entries === 0 || profile.accords.length === 0) {
      return (
        <p className="notice" data-testid="taste-empty">
          {text.empty}
        </p>
      );
    }
    return <TasteProfileView profile={profile} />;
  }

  return (
    <section className="wardrobe-section" aria-labelledby="wardrobe-taste-title">
      <h2 id="wardrobe-taste-title" className="wardrobe-section-title">
        {text.title}
      </h2>
      {body()}
    </section>
  );
}
