import type { PerfumeDetail } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, NotePosition, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type { WeightedPerfume } from '@scentence/domain/taste';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { localEmbedder } from '../embedding/localEmbedder';
import { nameKey, noteSlug } from '../text/normalize';
import { type PerfumeRow, perfumeColumns, toSummary } from './perfumeReads';
import { ACCORD_PRESENT, fitsOccasion, fitsSeason } from './perfumeSearch';
import { tasteVectorCtes } from './perfumeTaste';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** What a chat recommendation narrows the catalog by: every condition holds for every candidate. */
export interface ChatCandidateFilters {
  /** Any of these gender leans. */
  genders?: GenderKey[];
  season?: SeasonKey;
  occasion?: OccasionKey;
  /** Accords every candidate carries (strength ≥ ACCORD_PRESENT). */
  accords?: AccordKey[];
  /** Groups of accords: each candidate carries at least one of every group (a mood's core accords; "any of" the asked ones). */
  accordGroups?: AccordKey[][];
  excludeAccords?: AccordKey[];
  /** Note slugs: every one (`all`) or at least one (`any`). */
  notes?: string[];
  notesMode?: 'all' | 'any';
  excludeNotes?: string[];
  /** Brand rows by their catalog names (every spelling of the houses asked for). */
  brands?: string[];
  excludeBrands?: string[];
  excludeIds?: number[];
}

export interface ChatCandidateQuery {
  filters: ChatCandidateFilters;
  /** What ranks them: accords with weights (negative counts against). */
  accordWeights: Partial<Record<AccordKey, number>>;
  /** Notes asked for: each one a candidate carries ranks it higher. */
  rankNotes?: string[];
  /** A perfume to resemble: candidates come from its nearest neighbours (HNSW). */
  referenceId?: number;
  limit: number;
}

export interface ChatCandidate {
  id: number;
  /** 0..1: how much of the weighted accords it carries. */
  accordFit: number;
  /** How many of `rankNotes` it carries. */
  noteHits: number;
  /** 0..1 on a log scale against the catalog's most popular perfume. */
  popularity: number;
  /** Cosine similarity to the reference perfume; null without one. */
  similarity: number | null;
}

/** A perfume with every fact the chat checks and tells: the detail page's facts plus popularity. */
export type ChatPerfumeFacts = PerfumeDetail & { popularity: number };

/** Neighbours of a reference perfume read before the filters apply. */
const REFERENCE_NEIGHBOURS = 400;

function all(sql: Sql, parts: Fragment[]): Fragment {
  if (parts.length === 0) return sql`TRUE`;
  return parts.slice(1).reduce((joined, part) => sql`${joined} AND ${part}`, parts[0]!);
}

const accordPresent = (sql: Sql, keys: readonly string[]) => sql`EXISTS (SELECT 1 FROM perfume_accords a
  WHERE a.perfume_id = p.id AND a.accord_key = ANY(${keys as string[]}::text[]) AND a.strength >= ${ACCORD_PRESENT})`;

const notePresent = (sql: Sql, slugs: readonly string[]) => sql`EXISTS (SELECT 1 FROM perfume_notes pn
  JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = p.id AND n.slug = ANY(${slugs as string[]}::text[]))`;

const brandIn = (sql: Sql, names: readonly string[]) =>
  sql`p.brand_id IN (SELECT id FROM brands WHERE name_key = ANY(${names.map(nameKey)}::text[]))`;

function conditions(sql: Sql, filters: ChatCandidateFilters): Fragment {
  const parts: Fragment[] = [];
  if (filters.genders?.length) parts.push(sql`p.gender = ANY(${filters.genders}::text[])`);
  if (filters.season) parts.push(fitsSeason(sql, filters.season));
  if (filters.occasion) parts.push(fitsOccasion(sql, filters.occasion));
  for (const accord of filters.accords ?? []) parts.push(accordPresent(sql, [accord]));
  for (const group of filters.accordGroups ?? []) if (group.length > 0) parts.push(accordPresent(sql, group));
  if (filters.excludeAccords?.length) parts.push(sql`NOT ${accordPresent(sql, filters.excludeAccords)}`);
  const notes = (filters.notes ?? []).map(noteSlug);
  if (notes.length > 0) {
    if (filters.notesMode === 'any') parts.push(notePresent(sql, notes));
    else for (const note of notes) parts.push(notePresent(sql, [note]));
  }
  if (filters.excludeNotes?.length) parts.push(sql`NOT ${notePresent(sql, filters.excludeNotes.map(noteSlug))}`);
  if (filters.brands?.length) parts.push(brandIn(sql, filters.brands));
  if (filters.excludeBrands?.length) parts.push(sql`NOT ${brandIn(sql, filters.excludeBrands)}`);
  if (filters.excludeIds?.length) parts.push(sql`p.id <> ALL(${filters.excludeIds}::int[])`);
  return all(sql, parts);
}

/**
 * The perfumes that meet every filter, best first by a prior the chat re-ranks: the weighted
 * accords they carry, the asked notes, popularity, and (with a reference) closeness to it in the
 * embedding space through the HNSW index. Only `limit` rows leave the database.
 */
export async function chatCandidates(sql: Sql, query: ChatCandidateQuery): Promise<ChatCandidate[]> {
  const weights = Object.entries(query.accordWeights).filter(([, weight]) => weight) as [AccordKey, number][];
  const positive = weights.reduce((sum, [, weight]) => sum + Math.max(0, weight), 0);
  const fit =
    positive > 0
      ? sql`(SELECT coalesce(sum(a.strength * w.weight), 0) FROM perfume_accords a
          JOIN unnest(${weights.map(([key]) => key)}::text[], ${weights.map(([, weight]) => weight)}::float8[])
            AS w(key, weight) ON w.key = a.accord_key
          WHERE a.perfume_id = p.id)::float8 / ${100 * positive}`
      : sql`0::float8`;
  const rankNotes = (query.rankNotes ?? []).map(noteSlug);
  const hits =
    rankNotes.length > 0
      ? sql`(SELECT count(DISTINCT n.slug) FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
          WHERE pn.perfume_id = p.id AND n.slug = ANY(${rankNotes}::text[]))::int`
      : sql`0`;
  const popularity = sql`ln(1 + p.popularity) / ln(2 + (SELECT max(popularity) FROM perfumes))`;
  const model = localEmbedder.model;
  const near =
    query.referenceId === undefined
      ? null
      : sql`near AS (
          SELECT e.perfume_id AS id,
            1 - (e.embedding <=> (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${query.referenceId} AND model = ${model})) AS similarity
          FROM perfume_embeddings e
          WHERE e.model = ${model} AND e.perfume_id <> ${query.referenceId}
          ORDER BY e.embedding <=> (SELECT embedding FROM perfume_embeddings WHERE perfume_id = ${query.referenceId} AND model = ${model})
          LIMIT ${REFERENCE_NEIGHBOURS})`;
  const rows = await sql<
    { id: number; accord_fit: number; note_hits: number; popularity: number; similarity: number | null }[]
  >`
    WITH ${near ? sql`${near},` : sql``} scored AS (
      SELECT p.id, ${fit} AS accord_fit, ${hits} AS note_hits, ${popularity}::float8 AS popularity,
        ${near ? sql`n.similarity::float8` : sql`NULL::float8`} AS similarity
      FROM ${near ? sql`near n JOIN perfumes p ON p.id = n.id` : sql`perfumes p`}
      WHERE ${conditions(sql, query.filters)}
    )
    SELECT * FROM scored
    ORDER BY ${near ? sql`similarity * 2 +` : sql``} accord_fit + 0.15 * note_hits + 0.35 * popularity DESC, id
    LIMIT ${query.limit}`;
  return rows.map((row) => ({
    id: row.id,
    accordFit: Number(row.accord_fit),
    noteHits: Number(row.note_hits),
    popularity: Number(row.popularity),
    similarity: row.similarity === null ? null : Number(row.similarity),
  }));
}

/**
 * Every fact the chat checks a recommendation against and tells about it, for many perfumes in
 * five flat reads sent together; unknown ids are left out.
 */
export async function chatPerfumeFacts(sql: Sql, ids: readonly number[]): Promise<Map<number, ChatPerfumeFacts>> {
  const facts = new Map<number, ChatPerfumeFacts>();
  if (ids.length === 0) return facts;
  const wanted = [...new Set(ids)];
  const [perfumes, accords, notes, seasons, occasions] = await Promise.all([
    sql<(PerfumeRow & { perfumers: string[]; longevity: number | null; sillage: number | null; popularity: number })[]>`
      SELECT ${perfumeColumns(sql)}, p.perfumers, p.longevity::float8 AS longevity, p.sillage::float8 AS sillage,
        p.popularity
      FROM perfumes p JOIN brands b ON b.id = p.brand_id WHERE p.id = ANY(${wanted}::int[])`,
    sql<{ perfume_id: number; accord_key: AccordKey; strength: number }[]>`
      SELECT perfume_id, accord_key, strength FROM perfume_accords WHERE perfume_id = ANY(${wanted}::int[])
      ORDER BY perfume_id, strength DESC, accord_key`,
    sql<{ perfume_id: number; slug: string; name: string; name_ko: string | null; position: NotePosition }[]>`
      SELECT pn.perfume_id, n.slug, n.name, n.name_ko, pn.position
      FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id WHERE pn.perfume_id = ANY(${wanted}::int[])
      ORDER BY pn.perfume_id, array_position(ARRAY['top', 'middle', 'base', 'flat'], pn.position), pn.rank`,
    sql<{ perfume_id: number; key: SeasonKey; share: number }[]>`
      SELECT perfume_id, season AS key, share FROM perfume_seasons WHERE perfume_id = ANY(${wanted}::int[])
      ORDER BY perfume_id, share DESC, season`,
    sql<{ perfume_id: number; key: OccasionKey; share: number }[]>`
      SELECT perfume_id, occasion AS key, share FROM perfume_occasions WHERE perfume_id = ANY(${wanted}::int[])
      ORDER BY perfume_id, share DESC, occasion`,
  ]);
  for (const row of perfumes) {
    facts.set(row.id, {
      ...toSummary(row, [], Number.POSITIVE_INFINITY),
      perfumers: row.perfumers,
      notes: [],
      seasons: [],
      occasions: [],
      longevity: row.longevity,
      sillage: row.sillage,
      popularity: row.popularity,
    });
  }
  for (const row of accords) facts.get(row.perfume_id)?.accords.push({ key: row.accord_key, strength: row.strength });
  for (const row of notes) {
    facts
      .get(row.perfume_id)
      ?.notes.push({ slug: row.slug, name: row.name, nameKo: row.name_ko, position: row.position });
  }
  for (const row of seasons) facts.get(row.perfume_id)?.seasons.push({ key: row.key, share: row.share });
  for (const row of occasions) facts.get(row.perfume_id)?.occasions.push({ key: row.key, share: row.share });
  return facts;
}

/** How close each perfume is to a taste (the liked perfumes' embeddings summed by weight), 0..1 by cosine. */
export async function tasteCloseness(
  sql: Sql,
  liked: readonly WeightedPerfume[],
  ids: readonly number[],
): Promise<Map<number, number>> {
  const positive = liked.filter((perfume) => perfume.weight > 0);
  if (positive.length === 0 || ids.length === 0) return new Map();
  const model = localEmbedder.model;
  const rows = await sql<{ perfume_id: number; closeness: number }[]>`
    WITH ${tasteVectorCtes(sql, positive, model)}
    SELECT e.perfume_id, 1 - (e.embedding <=> (SELECT embedding FROM taste)) AS closeness
    FROM perfume_embeddings e
    WHERE e.model = ${model} AND e.perfume_id = ANY(${ids as number[]}::int[]) AND (SELECT embedding FROM taste) IS NOT NULL`;
  return new Map(rows.map((row) => [row.perfume_id, Number(row.closeness)]));
}
