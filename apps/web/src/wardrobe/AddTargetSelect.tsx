'use client';

import type { WardrobeState } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { WardrobeStateOptions, wardrobeStateOf } from './WardrobeStateOptions';

/** Which state (HAVE / WISH / HAD) the perfumes chosen from the search go into. */
export function AddTargetSelect({
  target,
  onTarget,
}: {
  target: WardrobeState;
  onTarget: (state: WardrobeState) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="wardrobe-field wardrobe-add__target">
      <span className="wardrobe-field__label">{t.wardrobe.add.target}</span>
      <select
        className="wardrobe-field__input"
        value={target}
        data-testid="wardrobe-add-target"
        onChange={(event) => onTarget(wardrobeStateOf(event.target.value) ?? 'have')}
      >
        <WardrobeStateOptions />
      </select>
    </label>
  );
}
