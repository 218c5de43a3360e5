import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

interface FieldLabel {
  /** The control's id, which its label points at. */
  id: string;
  label: ReactNode;
  /** `visually-hidden` (the default) where the placeholder and the form already show what it is for. */
  labelClassName?: string;
  /** What was typed, on every change. */
  onText?: (text: string) => void;
}

type TextFieldProps =
  | (FieldLabel & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'>)
  | (FieldLabel & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'>);

/** A text box, one line or several, with the label that names it. */
export function TextField(props: TextFieldProps) {
  const label = (
    <label htmlFor={props.id} className={props.labelClassName ?? 'visually-hidden'}>
      {props.label}
    </label>
  );
  if (props.multiline) {
    const { label: _label, labelClassName: _class, onText, multiline: _multiline, ...control } = props;
    return (
      <>
        {label}
        <textarea {...control} onChange={onText && ((event) => onText(event.target.value))} />
      </>
    );
  }
  const { label: _label, labelClassName: _class, onText, multiline: _multiline, ...control } = props;
  return (
    <>
      {label}
      <input {...control} onChange={onText && ((event) => onText(event.target.value))} />
    </>
  );
}
