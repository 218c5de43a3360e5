/** FNV-1a over the UTF-16 code units: a stable 32-bit fingerprint of a string. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A fixed sequence of numbers in [0, 1) for a seed (mulberry32), so a drawing repeats exactly. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof randomFrom>;

export function pick<T>(random: Random, options: readonly T[]): T {
  const chosen = options[Math.floor(random() * options.length)];
  if (chosen === undefined) throw new Error('pick from an empty list');
  return chosen;
}

export function between(random: Random, low: number, high: number): number {
  return low + random() * (high - low);
}
