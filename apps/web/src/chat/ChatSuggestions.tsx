'use client';

import { useI18n } from '../i18n/I18nProvider';

interface ChatSuggestionsProps {
  suggestions: readonly string[];
  /** The language the suggestions are written in (the answer's). */
  lang: string;
  disabled: boolean;
  onPick: (text: string) => void;
}

/** Replies the last answer offers, as buttons that send them. */
export function ChatSuggestions({ suggestions, lang, disabled, onPick }: ChatSuggestionsProps) {
  const { t } = useI18n();
  if (suggestions.length === 0) return null;
  return (
    <fieldset className="chat-suggestions" data-testid="chat-suggestions">
      <legend className="visually-hidden">{t.chat.suggestionsLabel}</legend>
      {suggestions.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          className="chat-suggestion"
          lang={lang}
          disabled={disabled}
          data-testid="chat-suggestion"
          onClick={() => onPick(suggestion)}
        >
          {suggestion}
        </button>
      ))}
    </fieldset>
  );
}
