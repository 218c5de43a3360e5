import type { Locale, MessageParams } from './common';

/** A catalog message's template with its `{placeholders}` filled; an unknown placeholder stays as written. */
export function fillMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** A table of catalog messages: a { ko, en } template pair per key. */
export type MessageTable<K extends string = string> = Record<K, Record<Locale, string>>;

/**
 * The two ways a service reads its message table: whether a key (from an error body, say) is one
 * of its messages, and a message in one language with its `{placeholders}` filled.
 */
export function messageReaders<K extends string>(table: MessageTable<K>) {
  return {
    isKey: (key: string): key is K => Object.hasOwn(table, key),
    text: (key: K, locale: Locale = 'ko', params: MessageParams = {}): string =>
      fillMessage(table[key][locale], params),
  };
}
