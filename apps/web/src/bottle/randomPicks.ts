import type { Random } from '@scentence/domain/random';

/** FNV-1a over the UTF-16 code units: a stable 32-bit fingerprint of a string. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function pick<T>(random: Random, options: readonly T[]): T {
  const chosen = options[Math.floor(random() * options.length)];
  if (chosen === undefined) throw new Error('pick from an empty list');
  return chosen;
}

export function between(random: Random, low: number, high: number): number {
  return low + random() * (high - low);
}
