'use client';

import { useI18n } from '../i18n/I18nProvider';
import type { WardrobeView } from './WardrobeEntryItem';

/** Gallery or list: two toggle buttons, the pressed one is the current view. */
export function WardrobeViewSwitch({ view, onView }: { view: WardrobeView; onView: (view: WardrobeView) => void }) {
  const text = useI18n().t.wardrobe.toolbar;
  return (
    <fieldset className="wardrobe-view">
      <legend className="wardrobe-field__label">{text.view}</legend>
      <div className="wardrobe-view__options">
        {(['gallery', 'list'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="wardrobe-view__option"
            aria-pressed={view === option}
            data-testid={`wardrobe-view-${option}`}
            onClick={() => onView(option)}
          >
            {text[option]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
