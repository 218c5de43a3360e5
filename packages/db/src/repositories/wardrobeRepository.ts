import type { WardrobeSettings } from '@scentence/api/schemas';
import type { Sql } from '../connections';
import {
  deleteWardrobeEntry,
  deleteWardrobesOf,
  findWardrobeEntry,
  importWardrobeEntries,
  listWardrobeEntries,
  saveWardrobeEntry,
  updateWardrobeEntry,
  type WardrobeEntryChanges,
  type WardrobeEntrySave,
  type WardrobeImportRow,
  wardrobeStatusOf,
} from './wardrobeEntries';
import { findWardrobeSettings, saveWardrobeSettings } from './wardrobeSettings';

export type {
  WardrobeEntryChanges,
  WardrobeEntryRecord,
  WardrobeEntrySave,
  WardrobeImportOutcome,
  WardrobeImportRow,
} from './wardrobeEntries';
export { DEFAULT_WARDROBE_SETTINGS } from './wardrobeSettings';

/**
 * Everything the services do with the wardrobe tables in recom_db. Every call names the member:
 * one member's entries are never reachable through another's id. Perfume ids are not checked
 * here (perfume_db is another database): the callers check them.
 */
export function createWardrobeRepository(sql: Sql) {
  return {
    list: (memberId: string) => listWardrobeEntries(sql, memberId),
    find: (memberId: string, perfumeId: number) => findWardrobeEntry(sql, memberId, perfumeId),
    save: (memberId: string, save: WardrobeEntrySave) => saveWardrobeEntry(sql, memberId, save),
    update: (memberId: string, perfumeId: number, changes: WardrobeEntryChanges) =>
      updateWardrobeEntry(sql, memberId, perfumeId, changes),
    delete: (memberId: string, perfumeId: number) => deleteWardrobeEntry(sql, memberId, perfumeId),
    statusOf: (memberId: string, perfumeIds: readonly number[]) => wardrobeStatusOf(sql, memberId, perfumeIds),
    import: (memberId: string, rows: readonly WardrobeImportRow[]) => importWardrobeEntries(sql, memberId, rows),
    settings: (memberId: string) => findWardrobeSettings(sql, memberId),
    saveSettings: (memberId: string, settings: WardrobeSettings) => saveWardrobeSettings(sql, memberId, settings),
    /** For the member purge: their wardrobe and settings go with them. */
    deleteMembers: (memberIds: readonly string[]) => deleteWardrobesOf(sql, memberIds),
    ping: async () => {
      await sql`SELECT 1`;
    },
  };
}

export type WardrobeRepository = ReturnType<typeof createWardrobeRepository>;
