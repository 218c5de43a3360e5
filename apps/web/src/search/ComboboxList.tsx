'use client';

import type { RefObject } from 'react';
import type { ComboboxGroup, ComboboxOption } from './comboboxOptions';

interface ComboboxListProps<T> {
  id: string;
  /** The combobox's id, which the group titles and options build theirs on. */
  baseId: string;
  listRef: RefObject<HTMLDivElement | null>;
  label: string;
  hidden: boolean;
  testId: string;
  groups: ComboboxGroup<T>[];
  /** Shown instead of options: "searching…", "no matches". */
  status: string | null;
  active: number;
  onChoose: (option: ComboboxOption<T>) => void;
  onHover: (index: number) => void;
}

/** The combobox's listbox: the suggestions in titled groups, numbered across the groups. */
export function ComboboxList<T>(props: ComboboxListProps<T>) {
  const { baseId, active } = props;
  let index = 0;
  return (
    <div
      id={props.id}
      ref={props.listRef}
      role="listbox"
      aria-label={props.label}
      className="combobox__list"
      hidden={props.hidden}
      data-testid={props.testId}
    >
      {props.status ? <p className="combobox__status">{props.status}</p> : null}
      {props.groups
        .filter((group) => group.options.length > 0)
        .map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role="group" (WAI-ARIA); a fieldset may not sit in a listbox
          <div
            key={group.key}
            role="group"
            aria-labelledby={`${baseId}-group-${group.key}`}
            className="combobox__group"
          >
            <div id={`${baseId}-group-${group.key}`} role="presentation" className="combobox__group-title">
              {group.title}
            </div>
            {group.options.map((option) => {
              const optionIndex = index++;
              return (
                // Options take no focus and no keys of their own: focus stays in the text box, which
                // handles the arrows and Enter and points at the active option (aria-activedescendant).
                // biome-ignore lint/a11y/useFocusableInteractive: see above
                // biome-ignore lint/a11y/useKeyWithClickEvents: see above
                <div
                  key={option.key}
                  id={`${baseId}-option-${optionIndex}`}
                  role="option"
                  aria-selected={optionIndex === active}
                  className="combobox__option"
                  data-index={optionIndex}
                  data-kind={option.kind}
                  data-testid="suggestion"
                  // Keep focus in the text box; the click then chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => props.onChoose(option)}
                  onMouseMove={() => props.onHover(optionIndex)}
                >
                  {option.content}
                </div>
              );
            })}
          </div>
        ))}
    </div>
  );
}
