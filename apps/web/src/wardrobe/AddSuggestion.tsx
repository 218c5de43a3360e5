'use client';

import type { PerfumeSuggestions } from '@scentence/api/schemas';
import { brandIn } from '../catalog/names';
import { useI18n } from '../i18n/I18nProvider';
import { useWardrobeStatus } from './useWardrobeStatus';

export type SuggestedPerfume = PerfumeSuggestions['perfumes'][number];

/** A suggestion, with the state it already has in the wardrobe (all of them asked in one call). */
export function AddSuggestion({ perfume }: { perfume: SuggestedPerfume }) {
  const { locale, t } = useI18n();
  const { entry } = useWardrobeStatus(perfume.id);
  return (
    <>
      <span className="suggestion__main">{perfume.name}</span>
      <span className="suggestion__sub wardrobe-add__sub">
        {[brandIn(locale, perfume), perfume.nameKo !== perfume.name ? perfume.nameKo : null]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {entry ? (
        <span className="wardrobe-add__badge" data-testid="suggestion-state" data-state={entry.state}>
          {t.wardrobe.control.inState[entry.state]}
        </span>
      ) : null}
    </>
  );
}
