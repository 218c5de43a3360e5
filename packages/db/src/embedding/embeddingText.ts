import type { PerfumeRecord } from '@scentence/api/schemas';
import { ACCORDS, type AccordKey, NOTE_POSITION_LABELS } from '@scentence/api/vocabulary';

const ACCORD_NAMES = new Map<AccordKey, string>(ACCORDS.map((accord) => [accord.key, accord.en.toLowerCase()]));

/**
 * What a text-embedding model reads for a perfume: brand and name, accords strongest first
 * (with strengths, so "woody 100, vanilla 40" differs from the reverse), then the notes by
 * position.
 */
export function perfumeEmbeddingText(record: PerfumeRecord): string {
  const accords = Object.entries(record.accords)
    .filter((entry): entry is [AccordKey, number] => typeof entry[1] === 'number')
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, strength]) => `${ACCORD_NAMES.get(key) ?? key} ${Math.round(strength)}`);
  const lines = [`${record.brand} ${record.name}`];
  if (accords.length > 0) lines.push(`Accords: ${accords.join(', ')}`);
  for (const { key, en } of NOTE_POSITION_LABELS) {
    const names = record.notes.filter((note) => note.position === key).map((note) => note.name);
    if (names.length > 0) lines.push(`${en}: ${names.join(', ')}`);
  }
  return lines.join('\n');
}
