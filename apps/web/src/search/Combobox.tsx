'use client';

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { moveActive, NO_OPTION } from './comboboxNavigation';
import './search.css';

export interface ComboboxOption<T> {
  key: string;
  value: T;
  content: ReactNode;
  /** Set on the option element as data-kind, for styling and tests. */
  kind: string;
}

export interface ComboboxGroup<T> {
  key: string;
  title: string;
  options: ComboboxOption<T>[];
}

interface ComboboxProps<T> {
  value: string;
  onValueChange: (value: string) => void;
  groups: ComboboxGroup<T>[];
  onChoose: (value: T) => void;
  /** Shown in the list when it has no options: "searching…", "no matches". */
  status: string | null;
  /** Read out when the list changes, e.g. "6 suggestions". */
  announcement: string;
  label: string;
  instructions: string;
  placeholder: string;
  testId: string;
  inputId?: string;
  name?: string;
  type?: 'search' | 'text';
  maxLength?: number;
  className?: string;
  inputClassName?: string;
  /** The list stays open on its active option after a choice, to choose several in a row. */
  keepOpenOnChoose?: boolean;
}

/**
 * A text box with a list of suggestions under it (WAI-ARIA combobox + grouped listbox): ↑/↓ move
 * through the options, Enter chooses the active one (or submits the form when none is), Escape
 * closes the list. Focus stays in the text box throughout.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { value, onValueChange, groups, onChoose, status } = props;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(NO_OPTION);
  const listRef = useRef<HTMLDivElement>(null);

  const options = groups.flatMap((group) => group.options);
  const signature = options.map((option) => option.key).join('|');
  const visible = open && value.trim().length > 0 && (options.length > 0 || status !== null);

  // New suggestions arrived: nothing is active until the reader moves there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature is the trigger
  useEffect(() => setActive(NO_OPTION), [signature]);

  // Keep the active option in sight by scrolling the list only (scrollIntoView would also scroll
  // every scrollable ancestor, such as a panel that clips its overflow).
  useEffect(() => {
    const list = listRef.current;
    const option = active === NO_OPTION ? null : list?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!list || !option) return;
    const top = option.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [active]);

  function choose(option: ComboboxOption<T>) {
    if (!props.keepOpenOnChoose) {
      setOpen(false);
      setActive(NO_OPTION);
    }
    onChoose(option.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return; // Korean IME: Enter and arrows belong to the composition
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (visible || open) setActive(moveActive(active, options.length, event.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter': {
        const option = visible ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        }
        return;
      }
      case 'Escape': {
        if (visible) {
          // Without this a search box would also clear what was typed.
          event.preventDefault();
          setOpen(false);
          setActive(NO_OPTION);
        }
        return;
      }
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
  }

  let index = 0;
  const activeOptionId = visible && active !== NO_OPTION ? `${baseId}-option-${active}` : undefined;
  return (
    <div className={`combobox${props.className ? ` ${props.className}` : ''}`}>
      <label className="visually-hidden" htmlFor={props.inputId ?? `${baseId}-input`}>
        {props.label}
      </label>
      <input
        id={props.inputId ?? `${baseId}-input`}
        className={props.inputClassName}
        type={props.type ?? 'search'}
        name={props.name}
        value={value}
        role="combobox"
        aria-expanded={visible}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        aria-describedby={`${baseId}-instructions`}
        autoComplete="off"
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(NO_OPTION);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${baseId}-instructions`} className="visually-hidden">
        {props.instructions}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {visible && options.length > 0 ? props.announcement : ''}
      </span>
      <div
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={props.label}
        className="combobox__list"
        hidden={!visible}
        data-testid={`${props.testId}-list`}
      >
        {options.length === 0 && status ? <p className="combobox__status">{status}</p> : null}
        {groups
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
                    onClick={() => choose(option)}
                    onMouseMove={() => setActive(optionIndex)}
                  >
                    {option.content}
                  </div>
                );
              })}
            </div>
          ))}
      </div>
    </div>
  );
}
