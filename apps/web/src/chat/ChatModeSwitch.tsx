'use client';

import { USER_MODE_LABELS, type UserMode } from '@scentence/api/schemas';
import { ToggleChoices } from '../components/ToggleChoices';
import { useI18n } from '../i18n/I18nProvider';
import { labelIn } from '../i18n/locale';

/** 입문자 / 전문가: how the next answers explain perfumes. */
export function ChatModeSwitch({ mode, onChange }: { mode: UserMode; onChange: (mode: UserMode) => void }) {
  const { locale, t } = useI18n();
  return (
    <fieldset className="chat-mode" data-testid="chat-mode">
      <legend className="chat-mode__legend">{t.chat.mode.legend}</legend>
      <div className="chat-mode__options">
        <ToggleChoices
          options={USER_MODE_LABELS}
          labelOf={(option) => labelIn(locale, option)}
          isPressed={(option) => option.key === mode}
          onPress={(option) => onChange(option.key)}
          testId="chat-mode"
          buttonClassName="chat-mode__option"
        />
      </div>
      <p className="chat-mode__hint">{t.chat.mode.hint}</p>
    </fieldset>
  );
}
