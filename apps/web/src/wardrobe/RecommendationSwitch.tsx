'use client';

import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { trpc } from '../trpc/client';
import { useWardrobeRefresh } from './useWardrobeStatus';

/** "Use my wardrobe for recommendations": off means nothing personal is used anywhere. */
export function RecommendationSwitch() {
  const { t } = useI18n();
  const text = t.wardrobe.settings;
  const settings = trpc.wardrobe.settings.useQuery({});
  const updateSettings = trpc.wardrobe.updateSettings.useMutation();
  const refresh = useWardrobeRefresh();
  const [failed, setFailed] = useState(false);
  const on = settings.data?.useForRecommendations;

  async function toggle() {
    if (on === undefined) return;
    setFailed(false);
    try {
      await updateSettings.mutateAsync({ useForRecommendations: !on });
    } catch {
      setFailed(true);
    }
    await refresh();
  }

  return (
    <div className="recommendation-switch">
      <button
        type="button"
        role="switch"
        aria-checked={on ?? false}
        aria-describedby="recommendation-switch-hint"
        disabled={on === undefined || updateSettings.isPending}
        className="recommendation-switch__button"
        data-testid="recommendation-switch"
        onClick={() => void toggle()}
      >
        <span className="recommendation-switch__track" aria-hidden="true">
          <span className="recommendation-switch__thumb" />
        </span>
        <span className="recommendation-switch__label">{text.useForRecommendations}</span>
        <span className="recommendation-switch__state" aria-hidden="true">
          {on ? text.on : text.off}
        </span>
      </button>
      <p id="recommendation-switch-hint" className="wardrobe-muted recommendation-switch__hint">
        {text.useForRecommendationsHint}
      </p>
      {failed ? (
        <p className="member-form__message" role="alert">
          {text.failed}
        </p>
      ) : null}
    </div>
  );
}
