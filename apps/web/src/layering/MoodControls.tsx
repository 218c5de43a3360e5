'use client';

import { useId } from 'react';
import { SegmentedChoice } from '../components/SegmentedChoice';
import { useI18n } from '../i18n/I18nProvider';
import { MOOD_CHIP_KEYS, MOOD_INTENSITIES, type MoodChipKey, type MoodChoice } from './moodChips';

/** Longer than any mood the chips leave room for; the service takes 100 characters in all. */
const TYPED_MAX_LENGTH = 40;

interface MoodControlsProps {
  mood: MoodChoice;
  onChange: (mood: MoodChoice) => void;
}

/** Mood chips ("시원하게", "더 포근하게", "달지 않게" / "cooler", "more cozy", "not sweet"), a box for other words, and the intensity. */
export function MoodControls({ mood, onChange }: MoodControlsProps) {
  const { t } = useI18n();
  const text = t.layering.partners;
  const chipsTitle = useId();
  const typedId = useId();

  function toggle(key: MoodChipKey) {
    const chips = mood.chips.includes(key) ? mood.chips.filter((chip) => chip !== key) : [...mood.chips, key];
    onChange({ ...mood, chips });
  }

  return (
    <div className="mood-controls">
      <div className="mood-controls__words">
        <h3 id={chipsTitle} className="mood-controls__title">
          {text.mood}
        </h3>
        <p className="layering-section__hint">{text.moodHint}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: a set of toggle buttons, not form fields: a fieldset would announce it as a form */}
        <div className="chips" role="group" aria-labelledby={chipsTitle}>
          {MOOD_CHIP_KEYS.map((key) => (
            <button
              key={key}
              type="button"
              className="chip"
              aria-pressed={mood.chips.includes(key)}
              data-testid="mood-chip"
              data-mood={key}
              onClick={() => toggle(key)}
            >
              {text.moodWords[key]}
            </button>
          ))}
        </div>
        <label className="mood-controls__typed" htmlFor={typedId}>
          <span className="mood-controls__typed-label">{text.moodTyped}</span>
          <input
            id={typedId}
            type="text"
            className="mood-controls__input"
            value={mood.typed}
            maxLength={TYPED_MAX_LENGTH}
            placeholder={text.moodPlaceholder}
            data-testid="mood-typed"
            onChange={(event) => onChange({ ...mood, typed: event.target.value })}
          />
        </label>
      </div>
      <SegmentedChoice
        legend={text.intensity}
        options={MOOD_INTENSITIES}
        value={mood.intensity}
        labelOf={(level) => text.intensities[level]}
        onChange={(intensity) => onChange({ ...mood, intensity })}
        testId="mood-intensity"
      />
    </div>
  );
}
