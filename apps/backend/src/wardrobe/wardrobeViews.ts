import type { PerfumeSummary, WardrobeEntry } from '@scentence/api/schemas';
import type { WardrobeEntryRecord } from '@scentence/db';

/** An entry as the wire has it: the perfume's summary beside the member's state, dates as ISO text. */
export function toWardrobeEntry(record: WardrobeEntryRecord, perfume: PerfumeSummary): WardrobeEntry {
  return {
    perfume,
    state: record.state,
    preference: record.preference,
    rating: record.rating,
    memo: record.memo,
    source: record.source,
    addedAt: record.addedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
