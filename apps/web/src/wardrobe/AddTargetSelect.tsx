'use client';

import { WARDROBE_STATES, type WardrobeState } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';

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
        onChange={(event) => onTarget(WARDROBE_STATES.find((state) => state === event.target.value) ?? 'have')}
      >
        {WARDROBE_STATES.map((state) => (
          <option key={state} value={state}>
            {t.wardrobe.states[state]}
          </option>
        ))}
      </select>
    </label>
  );
}
