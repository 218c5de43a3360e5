import type { MessageParams } from './common';

/** A catalog message's template with its `{placeholders}` filled; an unknown placeholder stays as written. */
export function fillMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
