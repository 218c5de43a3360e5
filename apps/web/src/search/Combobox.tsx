'use client';

import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { ComboboxList } from './ComboboxList';
import { moveActive, NO_OPTION } from './comboboxNavigation';
import type { ComboboxGroup, ComboboxOption } from './comboboxOptions';
import './search.css';

export type { ComboboxGroup, ComboboxOption } from './comboboxOptions';

/** What the text box says: its name, how to move through its list, and the hint inside it. */
interface ComboboxText {
  label: string;
  instructions: string;
  placeholder: string;
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
  text: ComboboxText;
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
  const { value, onValueChange, groups, status } = props;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const { open, setOpen, active, setActive, options, visible, choose, listRef } = useComboboxState(props);

  const onKeyDown = comboboxKeys({
    visible,
    open,
    optionCount: options.length,
    active,
    setOpen,
    setActive,
    chooseActive: () => {
      const option = visible ? options[active] : undefined;
      if (option) choose(option);
      return option !== undefined;
    },
  });

  const activeOptionId = visible && active !== NO_OPTION ? `${baseId}-option-${active}` : undefined;
  return (
    <div className={`combobox${props.className ? ` ${props.className}` : ''}`}>
      <label className="visually-hidden" htmlFor={props.inputId ?? `${baseId}-input`}>
        {props.text.label}
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
        placeholder={props.text.placeholder}
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
        {props.text.instructions}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {visible && options.length > 0 ? props.announcement : ''}
      </span>
      <ComboboxList
        id={listId}
        baseId={baseId}
        listRef={listRef}
        label={props.text.label}
        hidden={!visible}
        testId={`${props.testId}-list`}
        groups={groups}
        status={options.length === 0 ? status : null}
        active={active}
        onChoose={choose}
        onHover={setActive}
      />
    </div>
  );
}

/** Whether the list shows, which option is active, and what choosing one does. */
function useComboboxState<T>({ value, groups, status, onChoose, keepOpenOnChoose }: ComboboxProps<T>) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(NO_OPTION);
  const listRef = useRef<HTMLDivElement>(null);

  const options = groups.flatMap((group) => group.options);
  const signature = options.map((option) => option.key).join('|');
  const visible = open && value.trim().length > 0 && (options.length > 0 || status !== null);

  // New suggestions arrived: nothing is active until the reader moves there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature is the trigger
  useEffect(() => setActive(NO_OPTION), [signature]);

  useActiveOptionInSight(listRef, active);

  function choose(option: ComboboxOption<T>) {
    if (!keepOpenOnChoose) {
      setOpen(false);
      setActive(NO_OPTION);
    }
    onChoose(option.value);
  }

  return { open, setOpen, active, setActive, options, visible, choose, listRef };
}

/**
 * Keeps the active option in sight by scrolling the list only (scrollIntoView would also scroll
 * every scrollable ancestor, such as a panel that clips its overflow).
 */
function useActiveOptionInSight(listRef: RefObject<HTMLDivElement | null>, active: number) {
  useEffect(() => {
    const list = listRef.current;
    const option = active === NO_OPTION ? null : list?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!list || !option) return;
    const top = option.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [listRef, active]);
}

interface ComboboxKeyState {
  visible: boolean;
  open: boolean;
  optionCount: number;
  active: number;
  setOpen: (open: boolean) => void;
  setActive: (active: number) => void;
  /** Chooses the active option; false when there is none (Enter then submits the form). */
  chooseActive: () => boolean;
}

/** The text box's keys: ↑/↓ move, Enter chooses, Escape closes, Tab leaves. */
function comboboxKeys({ visible, open, optionCount, active, setOpen, setActive, chooseActive }: ComboboxKeyState) {
  return function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return; // Korean IME: Enter and arrows belong to the composition
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (visible || open) setActive(moveActive(active, optionCount, event.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter': {
        if (chooseActive()) event.preventDefault();
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
  };
}
