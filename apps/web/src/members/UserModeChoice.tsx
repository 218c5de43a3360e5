'use client';

import { USER_MODE_LABELS, type UserMode } from '@scentence/api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

/** 입문자 / 전문가 as two radio cards. */
export function UserModeChoice({
  value,
  onChange,
  name,
}: {
  value: UserMode;
  onChange: (mode: UserMode) => void;
  name: string;
}) {
  const { locale, t } = useI18n();
  const text = t.members;
  return (
    <fieldset className="member-field member-choice">
      <legend className="member-field__label">{text.fields.userMode}</legend>
      <p className="member-field__hint">{text.hints.userMode}</p>
      <div className="member-choice__options">
        {USER_MODE_LABELS.map((mode) => (
          <label key={mode.key} className="member-choice__option">
            <input
              type="radio"
              name={name}
              value={mode.key}
              checked={value === mode.key}
              onChange={() => onChange(mode.key)}
            />
            <span className="member-choice__title">{labelIn(locale, mode)}</span>
            <span className="member-choice__hint">{text.userModeHints[mode.key]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
