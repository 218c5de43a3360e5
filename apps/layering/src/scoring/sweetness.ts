import type { AccordKey } from '@scentence/api/vocabulary';
import { type LayeringPerfume, strengthOf } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';

/** The sugary families: stacking them is what makes a pair cloying. */
export const SUGAR_ACCORDS: readonly AccordKey[] = ['sweet', 'vanilla', 'gourmand'];

/** Notes that add sugar whatever the accords say (caramel, praline, tonka …). */
const SUGAR_NOTE_WORDS = [
  'vanilla',
  'tonka',
  'caramel',
  'praline',
  'toffee',
  'honey',
  'sugar',
  'candy',
  'chocolate',
  'cacao',
  'cocoa',
  'marshmallow',
  'meringue',
];

/** A second sugary family this strong counts as stacked sugar. */
const STACKED_STRENGTH = 50;
const STACKED_BONUS = 15;
/** Each sugary note of the pyramid beyond the first adds this much, up to SUGAR_NOTES_MAX. */
const SUGAR_NOTE_BONUS = 5;
const SUGAR_NOTES_MAX = 15;

/**
 * How sweet a perfume is, 0–100: its strongest sugary accord, more when a second one is strong too
 * (vanilla on gourmand) or the pyramid stacks sugary notes (docs/layering.md, "sugar overload").
 */
export function sweetnessOf(perfume: LayeringPerfume): number {
  const strengths = SUGAR_ACCORDS.map((accord) => strengthOf(perfume, accord)).sort((a, b) => b - a);
  const [first = 0, second = 0] = strengths;
  const { notesByWord } = traitsOf(perfume);
  const sugaryNotes = new Set(SUGAR_NOTE_WORDS.flatMap((word) => notesByWord.get(word) ?? [])).size;
  const stacked = second >= STACKED_STRENGTH ? STACKED_BONUS : 0;
  const notes = first > 0 ? Math.min(SUGAR_NOTES_MAX, Math.max(0, sugaryNotes - 1) * SUGAR_NOTE_BONUS) : 0;
  return Math.min(100, first + stacked + notes);
}
