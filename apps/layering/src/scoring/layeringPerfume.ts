import type { PerfumeDetail } from '@scentence/api/schemas';
import type { AccordKey, ConcentrationKey, NotePosition, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';

export interface LayeringNote {
  slug: string;
  name: string;
  nameKo: string | null;
  position: NotePosition;
}

/** What the layering rules read of a perfume: its accords, notes, seasons, occasions, longevity and sillage. */
export interface LayeringPerfume {
  id: number;
  brand: string;
  brandKo: string | null;
  name: string;
  nameKo: string | null;
  concentration: ConcentrationKey | null;
  /** 0–100 per accord; absent accords are 0. */
  accords: Partial<Record<AccordKey, number>>;
  /** Empty when only the accords are known (a candidate before its full profile is read). */
  notes: readonly LayeringNote[];
  /** 0–100, relative to the best-fitting one; empty when the catalog has no votes. */
  seasons: Partial<Record<SeasonKey, number>>;
  occasions: Partial<Record<OccasionKey, number>>;
  /** 1 (very weak) … 5 (eternal); null when unknown. */
  longevity: number | null;
  /** 1 (intimate) … 4 (enormous); null when unknown. */
  sillage: number | null;
}

function recordOf<K extends string>(shares: readonly { key: K; share: number }[]): Partial<Record<K, number>> {
  return Object.fromEntries(shares.map((entry) => [entry.key, entry.share])) as Partial<Record<K, number>>;
}

export function layeringPerfumeOf(detail: PerfumeDetail): LayeringPerfume {
  return {
    id: detail.id,
    brand: detail.brand,
    brandKo: detail.brandKo,
    name: detail.name,
    nameKo: detail.nameKo,
    concentration: detail.concentration,
    accords: Object.fromEntries(detail.accords.map((accord) => [accord.key, accord.strength])),
    notes: detail.notes,
    seasons: recordOf(detail.seasons),
    occasions: recordOf(detail.occasions),
    longevity: detail.longevity,
    sillage: detail.sillage,
  };
}

export function strengthOf(perfume: LayeringPerfume, accord: AccordKey): number {
  return perfume.accords[accord] ?? 0;
}

/** A note's slug, spelt as the catalog spells it ("white-musk", "agarwood-oud"), split into words. */
export function noteWords(note: LayeringNote): string[] {
  return note.slug.split('-');
}
