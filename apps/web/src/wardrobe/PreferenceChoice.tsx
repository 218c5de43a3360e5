'use client';

import { PREFERENCES, type Preference } from '@scentence/api/schemas';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface PreferenceChoiceProps {
  value: Preference;
  onChange: (preference: Preference) => void;
  legend: string;
  disabled?: boolean;
  testId: string;
}

/** 좋아요 / 보통 / 별로 as one radio group (arrow keys move between them). */
export function PreferenceChoice({ value, onChange, legend, disabled, testId }: PreferenceChoiceProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="preference-choice" disabled={disabled} data-testid={testId} data-value={value}>
      <legend className="preference-choice__legend">{legend}</legend>
      <div className="preference-choice__options">
        {PREFERENCES.map((preference) => (
          <label key={preference} className={`preference-choice__option preference-choice__option--${preference}`}>
            <input
              type="radio"
              name={name}
              value={preference}
              checked={value === preference}
              onChange={() => onChange(preference)}
              data-testid={`${testId}-${preference}`}
            />
            <span>{t.wardrobe.preferences[preference]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
