'use client';

import { useI18n } from '../i18n/I18nProvider';

/** Before the first message: what to say, and a few requests to start with one press. */
export function ChatExamples({ disabled, onPick }: { disabled: boolean; onPick: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="chat-examples" data-testid="chat-examples">
      <p className="chat-examples__intro">{t.chat.intro}</p>
      <p className="chat-examples__label" id="chat-examples-label">
        {t.chat.examplesLabel}
      </p>
      <ul className="chat-examples__list" aria-labelledby="chat-examples-label">
        {t.chat.examples.map((example) => (
          <li key={example}>
            <button type="button" className="chat-suggestion" disabled={disabled} onClick={() => onPick(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
