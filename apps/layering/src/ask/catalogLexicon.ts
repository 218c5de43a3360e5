import type { CatalogNameRow, CatalogNoteRow } from '@scentence/db';
import { createIntentVocabulary, type IntentVocabulary } from '@scentence/domain/intent';
import { buildPerfumeNameIndex, type PerfumeNameIndex } from '@scentence/domain/names';
import { type CatalogVersionGate, createCatalogCache } from '../catalog/catalogVersionGate';

/** Where the lexicon is built from: the perfume repository's reads. */
export interface CatalogLexiconSource {
  catalogNames(): Promise<CatalogNameRow[]>;
  catalogNotes(): Promise<CatalogNoteRow[]>;
}

export interface CatalogLexicon {
  /** Mood, accord, note, season and occasion words, with the catalog's notes. */
  vocabulary(): Promise<IntentVocabulary>;
  /** Every perfume's names, for finding them in questions (~1 s to build for 38k perfumes). */
  names(): Promise<PerfumeNameIndex<CatalogNameRow>>;
}

/** The catalog's words, built once per process and again only when the catalog's version changes. */
export function createCatalogLexicon(source: CatalogLexiconSource, version: CatalogVersionGate): CatalogLexicon {
  return {
    vocabulary: createCatalogCache(version, async () => {
      const notes = await source.catalogNotes();
      return createIntentVocabulary({ notes: notes.map((note) => ({ key: note.slug, ...note })) });
    }),
    names: createCatalogCache(version, async () => buildPerfumeNameIndex(await source.catalogNames())),
  };
}
