import type { ReactNode } from 'react';

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
