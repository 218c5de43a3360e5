import type { InputHTMLAttributes } from 'react';

interface LabelledSearchInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'onChange'> {
  label: string;
  /** The field's style block: the label gets it, the text and the box `__label` and `__input` under it. */
  block: string;
  /** A modifier of the block for this field, e.g. `wardrobe-field--search`. */
  modifier?: string;
  /** What was typed, on every change. */
  onText: (text: string) => void;
}

/** A search box with its visible label, the two wrapped in one `<label>`. */
export function LabelledSearchInput({ label, block, modifier, onText, ...input }: LabelledSearchInputProps) {
  return (
    <label className={modifier ? `${block} ${modifier}` : block}>
      <span className={`${block}__label`}>{label}</span>
      <input type="search" className={`${block}__input`} {...input} onChange={(event) => onText(event.target.value)} />
    </label>
  );
}
