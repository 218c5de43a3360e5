'use client';

import type { ReactNode } from 'react';

/** A plain key ("all", "up") or a vocabulary entry (`{ key, ko, en }`), which is named by its key. */
type ChoiceOption = string | { key: string };

function keyOf(option: ChoiceOption): string {
  return typeof option === 'string' ? option : option.key;
}

interface ToggleChoicesProps<T extends ChoiceOption> {
  options: readonly T[];
  labelOf: (option: T) => ReactNode;
  isPressed: (option: T) => boolean;
  onPress: (option: T) => void;
  /** Each button's test id is `{testId}-{key}`. */
  testId: string;
  buttonClassName: string;
  /** A change the buttons started is still on its way. */
  busy?: boolean;
  /** The language of an option's label, when it differs from the page's (a language picker's). */
  langOf?: (option: T) => string;
}

/**
 * Toggle buttons, one per option, whose pressed state shows what is chosen (one option or several:
 * the caller decides). Only the buttons: the caller wraps them in its own group and legend.
 */
export function ToggleChoices<T extends ChoiceOption>({
  options,
  labelOf,
  isPressed,
  onPress,
  testId,
  buttonClassName,
  busy,
  langOf,
}: ToggleChoicesProps<T>) {
  return (
    <>
      {options.map((option) => (
        <button
          key={keyOf(option)}
          type="button"
          lang={langOf?.(option)}
          className={buttonClassName}
          aria-pressed={isPressed(option)}
          aria-busy={busy}
          data-testid={`${testId}-${keyOf(option)}`}
          onClick={() => onPress(option)}
        >
          {labelOf(option)}
        </button>
      ))}
    </>
  );
}
