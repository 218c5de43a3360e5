import type { MapCluster } from '@scentence/api/schemas';
import { ACCORD_KEYS, ACCORDS, type AccordKey } from '@scentence/api/vocabulary';
import type { MapNoteFacts, MapPerfumeFacts } from '@scentence/db';

/** What a region of the map is about: its leading accords and notes, its label and colour. */
export type RegionDescription = Pick<MapCluster, 'accords' | 'notes' | 'label' | 'color'>;

const LEADING = 3;
const LABEL_ACCORDS = 2;
const ACCORD_LABEL = new Map(ACCORDS.map((accord) => [accord.key, accord]));
const NEUTRAL_COLOUR = '#B0BEC5';

export interface RegionContext {
  perfumes: readonly MapPerfumeFacts[];
  /** The notes that may name a region, with how many perfumes of the catalog carry each. */
  notes: readonly MapNoteFacts[];
}

/** Mean strength of each accord over the members, strongest first (ties: the vocabulary's order). */
function leadingAccords(
  members: readonly number[],
  perfumes: readonly MapPerfumeFacts[],
  first?: AccordKey,
): AccordKey[] {
  const totals = new Map<AccordKey, number>();
  for (const member of members) {
    for (const accord of perfumes[member]?.accords ?? []) {
      totals.set(accord.key, (totals.get(accord.key) ?? 0) + accord.strength);
    }
  }
  const ranked = ACCORD_KEYS.filter((key) => (totals.get(key) ?? 0) > 0 && key !== first).sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0),
  );
  return (first ? [first, ...ranked] : ranked).slice(0, LEADING);
}

/** The notes the members carry much more often than the catalog does (share here − share overall). */
function distinctiveNotes(members: readonly number[], context: RegionContext): MapCluster['notes'] {
  const total = context.perfumes.length;
  const known = new Map(context.notes.map((note) => [note.id, note]));
  const counts = new Map<number, number>();
  for (const member of members) {
    for (const noteId of context.perfumes[member]?.noteIds ?? []) {
      if (known.has(noteId)) counts.set(noteId, (counts.get(noteId) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => {
      const note = known.get(id) as MapNoteFacts;
      return { note, score: count / members.length - note.perfumes / total };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.note.id - b.note.id)
    .slice(0, LEADING)
    .map(({ note }) => ({ slug: note.slug, name: note.name, nameKo: note.nameKo }));
}

/**
 * A region's description from its members (indices into `context.perfumes`); `first` puts an
 * accord first whatever its strength (a wheel sector is named by its own accord).
 */
export function describeRegion(
  members: readonly number[],
  context: RegionContext,
  first?: AccordKey,
): RegionDescription {
  const accords = members.length === 0 && first ? [first] : leadingAccords(members, context.perfumes, first);
  const labels = accords.slice(0, LABEL_ACCORDS).map((key) => ACCORD_LABEL.get(key));
  return {
    accords,
    notes: members.length === 0 ? [] : distinctiveNotes(members, context),
    label: {
      ko: labels.map((label) => label?.ko).join(' · ') || '기타',
      en: labels.map((label) => label?.en).join(' · ') || 'Other',
    },
    color: ACCORD_LABEL.get(accords[0] as AccordKey)?.color ?? NEUTRAL_COLOUR,
  };
}

/** Regions that would share a label get their most distinctive note after it: "우디 · 앰버 (샌달우드)". */
export function disambiguateLabels<T extends RegionDescription>(regions: T[]): T[] {
  const seen = new Map<string, number>();
  for (const region of regions) seen.set(region.label.en, (seen.get(region.label.en) ?? 0) + 1);
  return regions.map((region) => {
    const note = region.notes[0];
    if ((seen.get(region.label.en) ?? 0) < 2 || !note) return region;
    return {
      ...region,
      label: { ko: `${region.label.ko} (${note.nameKo ?? note.name})`, en: `${region.label.en} (${note.name})` },
    };
  });
}
