'use client';

import { WARDROBE_STATES, type WardrobeState } from '@scentence/api/schemas';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { rovingTarget, TAB_ARROWS } from './rovingKeys';

interface WardrobeTabsProps {
  value: WardrobeState;
  onChange: (state: WardrobeState) => void;
  counts: Record<WardrobeState, number> | undefined;
  panelId: string;
  idOf: (state: WardrobeState) => string;
}

/** 보유 / 위시 / 사용했던 with their counts (WAI-ARIA tabs: arrows, Home and End move and select). */
export function WardrobeTabs({ value, onChange, counts, panelId, idOf }: WardrobeTabsProps) {
  const { t } = useI18n();

  function select(index: number) {
    const state = WARDROBE_STATES[index];
    if (!state) return;
    onChange(state);
    document.getElementById(idOf(state))?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = rovingTarget(event.key, WARDROBE_STATES.indexOf(value), WARDROBE_STATES.length, TAB_ARROWS);
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  }

  return (
    <div role="tablist" aria-label={t.wardrobe.tabs.label} className="wardrobe-tabs" onKeyDown={onKeyDown}>
      {WARDROBE_STATES.map((state) => (
        <button
          key={state}
          id={idOf(state)}
          type="button"
          role="tab"
          aria-selected={state === value}
          aria-controls={panelId}
          tabIndex={state === value ? 0 : -1}
          className="wardrobe-tabs__tab"
          data-testid={`wardrobe-tab-${state}`}
          onClick={() => onChange(state)}
        >
          {t.wardrobe.states[state]}
          {counts ? (
            <span className="wardrobe-tabs__count" data-testid={`wardrobe-count-${state}`} data-count={counts[state]}>
              <span className="visually-hidden"> </span>
              {t.wardrobe.tabs.count(counts[state])}
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
