'use client';

import { ToggleChoices } from '../components/ToggleChoices';
import { useI18n } from '../i18n/I18nProvider';
import type { WardrobeView } from './WardrobeEntryItem';

const WARDROBE_VIEWS: readonly WardrobeView[] = ['gallery', 'list'];

/** Gallery or list: two toggle buttons, the pressed one is the current view. */
export function WardrobeViewSwitch({ view, onView }: { view: WardrobeView; onView: (view: WardrobeView) => void }) {
  const text = useI18n().t.wardrobe.toolbar;
  return (
    <fieldset className="wardrobe-view">
      <legend className="wardrobe-field__label">{text.view}</legend>
      <div className="wardrobe-view__options">
        <ToggleChoices
          options={WARDROBE_VIEWS}
          labelOf={(option) => text[option]}
          isPressed={(option) => option === view}
          onPress={onView}
          testId="wardrobe-view"
          buttonClassName="wardrobe-view__option"
        />
      </div>
    </fieldset>
  );
}
