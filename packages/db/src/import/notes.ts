import type { PerfumeRecordInput } from '@scentence/api/schemas';
import type { NotePosition } from '@scentence/api/vocabulary';
import { noteSlug } from '../text/normalize';
import { type KoreanNames, shippedKoreanNames } from './koreanNames';
import { cleanSourceText } from './sourceText';

const MAX_NOTE_LENGTH = 80;
const MAX_NOTES = 80;

/**
 * Spellings that name the same material, keyed by slug → the name used instead. Plurals
 * ("Cloves", "Juniper Berries") need no entry: they fold onto a known singular by rule.
 */
export const NOTE_VARIANTS: Readonly<Record<string, string>> = {
  'woodsy-notes': 'woody notes',
  'woodsy-note': 'woody notes',
  'woody-note': 'woody notes',
  citruses: 'citrus',
  vanille: 'vanilla',
  'agarwood-oud': 'oud',
  agarwood: 'oud',
  'black-currant': 'blackcurrant',
  'red-currant': 'redcurrant',
  cedarwood: 'cedar',
  'mandarin-orange': 'mandarin',
  tonka: 'tonka bean',
  'water-notes': 'aquatic notes',
  'watery-notes': 'aquatic notes',
  'gaiac-wood': 'guaiac wood',
  guaiacwood: 'guaiac wood',
  orris: 'iris',
  'orris-root': 'iris',
  'sandal-wood': 'sandalwood',
  olibanum: 'frankincense',
  'amber-wood': 'amberwood',
  'oak-moss': 'oakmoss',
  marshamallow: 'marshmallow',
  // Misspellings frequent enough in the crawls to matter.
  vetyver: 'vetiver',
  myrhh: 'myrrh',
  vanila: 'vanilla',
  sandalowood: 'sandalwood',
  hiacynth: 'hyacinth',
  passionfruit: 'passion fruit',
};

export type NoteLists = Partial<Record<NotePosition, readonly string[] | null | undefined>>;
export type RecordNotes = NonNullable<PerfumeRecordInput['notes']>;

function singularCandidates(slug: string): string[] {
  const candidates: string[] = [];
  if (slug.endsWith('ies')) candidates.push(`${slug.slice(0, -3)}y`);
  if (slug.endsWith('es')) candidates.push(slug.slice(0, -2));
  if (slug.endsWith('s')) candidates.push(slug.slice(0, -1));
  candidates.push(`${slug}s`);
  return candidates;
}

/** Canonical note names for one Korean-name lookup, cached per raw spelling. */
export function createNoteNormalizer(names: KoreanNames = shippedKoreanNames()) {
  const cache = new Map<string, string | null>();
  const slugs = new Map<string, string>();
  const known = (key: string) => names.noteNames.get(key);

  function canonical(raw: string): string | null {
    const text = cleanSourceText(raw).toLowerCase();
    if (!text || text.length > MAX_NOTE_LENGTH) return null;
    const key = noteSlug(text);
    if (!key) return null;
    const variant = NOTE_VARIANTS[key];
    if (variant) return known(noteSlug(variant)) ?? variant;
    const exact = known(key);
    if (exact) return exact;
    for (const candidate of singularCandidates(key)) {
      const match = known(candidate);
      if (match) return match;
    }
    return text;
  }

  /** noteSlug, remembered per canonical name (an import asks for the same few thousand names). */
  function slug(name: string): string {
    let cached = slugs.get(name);
    if (cached === undefined) {
      cached = noteSlug(name);
      slugs.set(name, cached);
    }
    return cached;
  }

  return {
    /** "Woodsy Notes" → "woody notes", "Citruses" → "citrus", "Juniper Berries" → "juniper berry"; null for junk. */
    name(raw: string): string | null {
      let result = cache.get(raw);
      if (result === undefined) {
        result = canonical(raw);
        cache.set(raw, result);
      }
      return result;
    },
    slug,
    nameKo(name: string): string | null {
      return names.notesKo.get(slug(name)) ?? null;
    },
  };
}

export type NoteNormalizer = ReturnType<typeof createNoteNormalizer>;

let defaultNormalizer: NoteNormalizer | undefined;

function normalizer(): NoteNormalizer {
  defaultNormalizer ??= createNoteNormalizer();
  return defaultNormalizer;
}

function canonicalList(raw: readonly string[] | null | undefined, notes: NoteNormalizer): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const entry of raw ?? []) {
    if (typeof entry !== 'string') continue;
    const name = notes.name(entry);
    if (!name) continue;
    const slug = notes.slug(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    list.push(name);
  }
  return list;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * A record's notes from source lists. No real pyramid is stored as `flat`: when the source
 * copied one list into top, middle and base, or filled only one of the three positions.
 */
export function recordNotes(lists: NoteLists, notes: NoteNormalizer = normalizer()): RecordNotes {
  const top = canonicalList(lists.top, notes);
  const middle = canonicalList(lists.middle, notes);
  const base = canonicalList(lists.base, notes);
  let flat = canonicalList(lists.flat, notes);
  const filled = [top, middle, base].filter((list) => list.length > 0);
  let pyramid: [NotePosition, string[]][] = [
    ['top', top],
    ['middle', middle],
    ['base', base],
  ];
  if (filled.length === 1 || (filled.length === 3 && sameList(top, middle) && sameList(middle, base))) {
    flat = canonicalList([...flat, ...(filled[0] ?? [])], notes);
    pyramid = [];
  }
  const all: RecordNotes = [];
  for (const [position, names] of [...pyramid, ['flat', flat] as [NotePosition, string[]]]) {
    for (const name of names) all.push({ name, nameKo: notes.nameKo(name), position });
  }
  return all.slice(0, MAX_NOTES);
}

/** "Juniper berry, Pineapple, Yellow bergamot" → its names. */
export function splitNoteList(cell: string | null | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
