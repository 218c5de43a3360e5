import {
  type PerfumeSearchQuery,
  type PerfumeSearchResult,
  type PerfumeSuggestion,
  type PerfumeSuggestions,
  SUGGESTION_ACCORDS_MAX,
} from '@scentence/api/schemas';
import type { AccordKey, ConcentrationKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { containsPattern, foldText, nameKey, noteSlug } from '../text/normalize';
import { type MoodWeights, moodWeightsOf } from './moodWeights';
import { type SummaryRow, summaryOf } from './perfumeReads';

/** An accord counts as "present" for filtering from this strength on. */
export const ACCORD_PRESENT = 30;
/** A season or occasion "fits" from this share on (shares are relative to the best fit, 100). */
export const SHARE_FITS = 50;
/** A match on a note ranks below a match on the perfume's own name. */
const NOTE_MATCH_WEIGHT = 0.6;

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** What narrows a search; the query's own filters have this shape, and so do the ones a search understood. */
export interface CatalogFilters {
  accords?: AccordKey[];
  /** `all` (default): every listed accord; `any`: at least one. */
  accordMode?: 'all' | 'any';
  /** Accords every result carries besides `accords` in its mode (the ones a search understood). */
  requiredAccords?: AccordKey[];
  excludeAccords?: AccordKey[];
  notes?: string[];
  excludeNotes?: string[];
  gender?: PerfumeSearchQuery['gender'];
  season?: PerfumeSearchQuery['season'];
  occasion?: PerfumeSearchQuery['occasion'];
  yearFrom?: number;
  yearTo?: number;
  /** One brand row by its catalog name. */
  brand?: string;
  /** Any of these brand rows (every spelling one house has in the catalog); replaces `brand`. */
  brands?: string[];
}

/**
 * A search as the backend's search service plans it: perfumes it already matched by name come
 * first, then what the filters, the text or the accord weights find.
 */
export interface RankedSearch {
  /** The text as typed; the `text` followers are matched against it. */
  q?: string;
  /** Every result passes these. */
  filters: CatalogFilters;
  /** Perfumes placed first, in this order (name matches), when they pass `filters`. */
  leadingIds?: readonly number[];
  /**
   * What follows them: every perfume passing the filters (`filtered`), the text search's hits on
   * `q` over names and notes (`text`), or nothing (`none`).
   */
  followers: 'filtered' | 'text' | 'none';
  /** Narrow only the followers (what a search understood while a perfume's name won). */
  followerFilters?: CatalogFilters;
  /**
   * Mood words' accords with weights: followers must carry one of the most wanted accords and
   * rank by the weighted sum of their accord strengths (negative weights count against).
   */
  accordWeights?: Partial<Record<AccordKey, number>>;
  sort: PerfumeSearchQuery['sort'];
  limit: number;
  cursor: number;
}

function joinWith(sql: Sql, separator: 'AND' | 'OR', parts: Fragment[], empty: Fragment): Fragment {
  if (parts.length === 0) return empty;
  return parts.slice(1).reduce((all, part) => sql`${all} ${sql.unsafe(separator)} ${part}`, parts[0]!);
}

/**
 * The perfumes carrying a note, or an accord from ACCORD_PRESENT on, as sets read from their
 * indexes alone ((note_id, perfume_id) and (accord_key, strength) INCLUDE perfume_id, migration
 * 0007): the note's id is looked up once, so no plan joins every perfume–note row to the notes.
 */
function perfumesWithNote(sql: Sql, note: string): Fragment {
  return sql`(SELECT pn.perfume_id FROM perfume_notes pn
    WHERE pn.note_id = (SELECT id FROM notes WHERE slug = ${noteSlug(note)}))`;
}

function perfumesWithAccord(sql: Sql, accord: AccordKey): Fragment {
  return sql`(SELECT a.perfume_id FROM perfume_accords a
    WHERE a.accord_key = ${accord} AND a.strength >= ${ACCORD_PRESENT})`;
}

/** Perfume `p` is voted for the season (or occasion) by at least SHARE_FITS of its votes. */
export const fitsSeason = (sql: Sql, season: SeasonKey) => sql`EXISTS (SELECT 1 FROM perfume_seasons s
  WHERE s.perfume_id = p.id AND s.season = ${season} AND s.share >= ${SHARE_FITS})`;
export const fitsOccasion = (sql: Sql, occasion: OccasionKey) => sql`EXISTS (SELECT 1 FROM perfume_occasions o
  WHERE o.perfume_id = p.id AND o.occasion = ${occasion} AND o.share >= ${SHARE_FITS})`;

const hasNote = (sql: Sql, note: string) => sql`p.id IN ${perfumesWithNote(sql, note)}`;
const hasAccord = (sql: Sql, accord: AccordKey) => sql`p.id IN ${perfumesWithAccord(sql, accord)}`;

function filterConditions(sql: Sql, filters: CatalogFilters): Fragment {
  const conditions: Fragment[] = [];
  const accords = (filters.accords ?? []).map((accord) => hasAccord(sql, accord));
  if (accords.length > 0)
    conditions.push(sql`(${joinWith(sql, filters.accordMode === 'any' ? 'OR' : 'AND', accords, sql`TRUE`)})`);
  for (const accord of filters.requiredAccords ?? []) conditions.push(hasAccord(sql, accord));
  for (const accord of filters.excludeAccords ?? [])
    conditions.push(sql`p.id NOT IN ${perfumesWithAccord(sql, accord)}`);
  for (const note of filters.notes ?? []) conditions.push(hasNote(sql, note));
  for (const note of filters.excludeNotes ?? []) conditions.push(sql`p.id NOT IN ${perfumesWithNote(sql, note)}`);
  if (filters.gender) conditions.push(sql`p.gender = ${filters.gender}`);
  if (filters.season) conditions.push(fitsSeason(sql, filters.season));
  if (filters.occasion) conditions.push(fitsOccasion(sql, filters.occasion));
  if (filters.yearFrom !== undefined) conditions.push(sql`p.release_year >= ${filters.yearFrom}`);
  if (filters.yearTo !== undefined) conditions.push(sql`p.release_year <= ${filters.yearTo}`);
  if (filters.brands) {
    conditions.push(
      sql`p.brand_id IN (SELECT id FROM brands WHERE name_key = ANY(${filters.brands.map(nameKey)}::text[]))`,
    );
  } else if (filters.brand) {
    conditions.push(sql`p.brand_id = (SELECT id FROM brands WHERE name_key = ${nameKey(filters.brand)})`);
  }
  return joinWith(sql, 'AND', conditions, sql`TRUE`);
}

/** Whether filtering looks into the accord, note, season or occasion tables (not only the perfume's row). */
function readsOtherTables(filters: CatalogFilters | undefined): boolean {
  if (!filters) return false;
  const lists = [filters.accords, filters.requiredAccords, filters.excludeAccords, filters.notes, filters.excludeNotes];
  return lists.some((list) => (list?.length ?? 0) > 0) || Boolean(filters.season || filters.occasion);
}

/** The order a sort menu asks for; `relevance` is handled by the caller (it depends on the search). */
function sortOrder(sql: Sql, sort: RankedSearch['sort']): Fragment | null {
  switch (sort) {
    case 'popularity':
      return sql`p.popularity DESC, p.id`;
    case 'newest':
      return sql`p.release_year DESC NULLS LAST, p.popularity DESC, p.id`;
    case 'oldest':
      return sql`p.release_year ASC NULLS LAST, p.popularity DESC, p.id`;
    case 'name':
      return sql`p.name_key, p.brand_id, p.id`;
    default:
      return null;
  }
}

/** Trigram indexes serve LIKE only from three characters on; shorter text relies on word matches. */
const LIKE_MIN_LENGTH = 3;

function textMatch(sql: Sql, column: string, compactColumn: string | null, text: string): Fragment {
  const compact = text.replace(/ /g, '');
  const parts = [sql`${text} <% ${sql(column)}`];
  if (text.length >= LIKE_MIN_LENGTH) parts.push(sql`${sql(column)} LIKE ${containsPattern(text)}`);
  if (compactColumn && compact.length >= LIKE_MIN_LENGTH) {
    parts.push(sql`${sql(compactColumn)} LIKE ${containsPattern(compact)}`);
  }
  return sql`(${joinWith(sql, 'OR', parts, sql`FALSE`)})`;
}

/**
 * The text search's hits: a perfume scores by the best of its brand and names (exact substring,
 * the same with spaces removed, or a trigram word match that forgives typos) and, weighted lower,
 * its notes.
 */
function textHits(sql: Sql, text: string): Fragment {
  return sql`
    name_hits AS (
      SELECT id,
        CASE WHEN search_text LIKE ${containsPattern(text)} OR search_compact LIKE ${containsPattern(text.replace(/ /g, ''))}
          THEN 1 ELSE 0 END + word_similarity(${text}, search_text) AS score
      FROM perfumes WHERE ${textMatch(sql, 'search_text', 'search_compact', text)}
    ), matched_notes AS MATERIALIZED (
      SELECT id, word_similarity(${text}, search) * ${NOTE_MATCH_WEIGHT} AS score
      FROM notes WHERE ${textMatch(sql, 'search', null, text)}
    ), note_hits AS (
      -- Scored once per note, then joined through the note index: scoring every perfume–note
      -- row of "jasmin" took 150 ms on 38k perfumes, this 13 ms.
      SELECT pn.perfume_id AS id, max(m.score) AS score
      FROM matched_notes m JOIN perfume_notes pn ON pn.note_id = m.id
      GROUP BY pn.perfume_id
    ), hits AS (
      SELECT id, max(score) AS score FROM (SELECT * FROM name_hits UNION ALL SELECT * FROM note_hits) AS all_hits
      GROUP BY id
    )`;
}

/** Per perfume, the weighted sum of its accords, for those carrying one of the mood's core accords. */
function moodScores(sql: Sql, mood: MoodWeights): Fragment {
  const coreKeys = mood.keys.filter((_, k) => mood.core[k]);
  return sql`
    mood AS (
      SELECT a.perfume_id AS id, sum(a.strength * w.weight) AS score
      FROM perfume_accords a
      JOIN unnest(${mood.keys}::text[], ${mood.weights}::int[]) AS w(key, weight) ON w.key = a.accord_key
      GROUP BY a.perfume_id
      HAVING bool_or(a.accord_key = ANY(${coreKeys}::text[]) AND a.strength >= ${ACCORD_PRESENT})
    )`;
}

/** Where a search's ids come from, how they are narrowed and ordered (`sorted`: a sort menu's order). */
interface Source {
  ctes: Fragment[];
  from: Fragment;
  where: Fragment;
  order: Fragment;
}

/** What every query shape of a search is built from. */
interface SourceParts {
  sql: Sql;
  search: RankedSearch;
  filters: Fragment;
  narrowFollowers: Fragment;
  leadingIds: number[];
  leading: Fragment;
  /** The sort menu's order, or else the shape's relevance order. */
  order: (relevance: Fragment) => Fragment;
}

/** The text's hits follow the name matches (or stand alone without them). */
function textSource(parts: SourceParts, text: string): Source {
  const { sql, filters, narrowFollowers, order } = parts;
  if (parts.leadingIds.length === 0) {
    return {
      ctes: [textHits(sql, text)],
      from: sql`hits r JOIN perfumes p ON p.id = r.id`,
      where: sql`${filters} AND ${narrowFollowers}`,
      order: order(sql`r.score DESC, p.popularity DESC, p.id`),
    };
  }
  return {
    ctes: [
      parts.leading,
      textHits(sql, text),
      sql`ranked AS (
        SELECT id, min(ord) AS ord, max(score) AS score FROM (
          SELECT id, ord, NULL::float8 AS score FROM first_ids
          UNION ALL SELECT id, NULL, score FROM hits) AS candidates
        GROUP BY id)`,
    ],
    from: sql`ranked r JOIN perfumes p ON p.id = r.id`,
    where: sql`${filters} AND (r.ord IS NOT NULL OR ${narrowFollowers})`,
    order: order(sql`r.ord NULLS LAST, r.score DESC NULLS LAST, p.popularity DESC, p.id`),
  };
}

/** The catalog's perfumes (or the mood's) follow, without name matches. */
function plainSource(parts: SourceParts, mood: Fragment | null): Source {
  const { sql, search, filters, narrowFollowers, order } = parts;
  if (mood) {
    // The mood's perfumes are a part of the catalog: the search starts from them.
    return {
      ctes: [mood],
      from: sql`mood m JOIN perfumes p ON p.id = m.id`,
      where: sql`${filters} AND ${narrowFollowers}`,
      order: order(sql`m.score DESC, p.popularity DESC, p.id`),
    };
  }
  if (readsOtherTables(search.filters) || readsOtherTables(search.followerFilters)) {
    // Every match is counted, but with the LIMIT in sight the planner walks the popularity index
    // and probes the accord, note, season and occasion tables perfume by perfume. Matching first,
    // apart, lets it join those tables by hash: two accords + gender over 38k perfumes went from
    // 96 to 21 ms p50 on PostgreSQL 15; on PGlite it changes little (57 → 59 ms, side by side).
    return {
      ctes: [
        sql`matched AS MATERIALIZED (
          SELECT p.id, p.popularity, p.release_year, p.name_key, p.brand_id FROM perfumes p
          WHERE ${filters} AND ${narrowFollowers})`,
      ],
      from: sql`matched p`,
      where: sql`TRUE`,
      order: order(sql`p.popularity DESC, p.id`),
    };
  }
  return {
    ctes: [],
    from: sql`perfumes p`,
    where: sql`${filters} AND ${narrowFollowers}`,
    order: order(sql`p.popularity DESC, p.id`),
  };
}

/** The catalog's perfumes (or the mood's) follow the name matches. */
function leadingFirstSource(parts: SourceParts, mood: Fragment | null): Source {
  const { sql, filters, narrowFollowers, leading, order } = parts;
  return {
    ctes: mood ? [leading, mood] : [leading],
    from: mood
      ? sql`perfumes p LEFT JOIN first_ids l ON l.id = p.id LEFT JOIN mood m ON m.id = p.id`
      : sql`perfumes p LEFT JOIN first_ids l ON l.id = p.id`,
    where: sql`${filters} AND (l.id IS NOT NULL OR (${narrowFollowers}${mood ? sql` AND m.id IS NOT NULL` : sql``}))`,
    order: order(
      mood
        ? sql`l.ord NULLS LAST, m.score DESC NULLS LAST, p.popularity DESC, p.id`
        : sql`l.ord NULLS LAST, p.popularity DESC, p.id`,
    ),
  };
}

/**
 * Builds the search's query shape. Without name matches to place first, the plain shapes run
 * (the filters over every perfume, or over the text's hits, or over the mood's perfumes); with
 * them, the name matches are joined in and come first.
 */
function sourceOf(sql: Sql, search: RankedSearch): Source {
  const text = search.followers === 'text' && search.q ? foldText(search.q) : '';
  const followers = search.followers === 'text' && !text ? 'none' : search.followers;
  const leadingIds = [...(search.leadingIds ?? [])];
  const sorted = sortOrder(sql, search.sort);
  const parts: SourceParts = {
    sql,
    search,
    filters: filterConditions(sql, search.filters),
    narrowFollowers: filterConditions(sql, search.followerFilters ?? {}),
    leadingIds,
    leading: sql`first_ids AS (
      SELECT id, ord FROM unnest(${leadingIds}::int[]) WITH ORDINALITY AS l(id, ord))`,
    order: (relevance) => sorted ?? relevance,
  };

  if (followers === 'none') {
    return {
      ctes: [parts.leading],
      from: sql`first_ids l JOIN perfumes p ON p.id = l.id`,
      where: parts.filters,
      order: parts.order(sql`l.ord`),
    };
  }
  if (followers === 'text') return textSource(parts, text);
  const weights = moodWeightsOf(search.accordWeights);
  const mood = weights ? moodScores(sql, weights) : null;
  return leadingIds.length === 0 ? plainSource(parts, mood) : leadingFirstSource(parts, mood);
}

const withCtes = (sql: Sql, ctes: Fragment[]) =>
  ctes.length > 0 ? sql`WITH ${ctes.reduce((all, cte) => sql`${all}, ${cte}`)}` : sql``;

/** How many perfumes a search matches (past its last page, where the page's window count is gone). */
async function matchCount(sql: Sql, source: Source): Promise<number> {
  const [row] = await sql<{ total: number }[]>`
    ${withCtes(sql, source.ctes)}
    SELECT count(*)::int AS total FROM ${source.from} WHERE ${source.where}`;
  return row?.total ?? 0;
}

/**
 * A planned search (see RankedSearch) in one statement: the page of matching ids in order, how
 * many match in all, and the page's summaries (read for the page's perfumes only, after the ranking).
 */
export async function rankedSearch(sql: Sql, search: RankedSearch): Promise<PerfumeSearchResult> {
  const source = sourceOf(sql, search);
  const page = sql`page AS (
    SELECT p.id, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${source.order}) AS place
    FROM ${source.from}
    WHERE ${source.where}
    ORDER BY ${source.order}
    LIMIT ${search.limit} OFFSET ${search.cursor})`;
  // The summaries come whole from the read model (migration 0008).
  const rows = await sql<(SummaryRow & { total: number })[]>`
    ${withCtes(sql, [...source.ctes, page])}
    SELECT s.summary, page.total
    FROM page JOIN perfume_summaries s ON s.perfume_id = page.id
    ORDER BY page.place`;
  const total = rows[0]?.total ?? (search.cursor > 0 ? await matchCount(sql, source) : 0);
  const next = search.cursor + rows.length;
  return {
    items: rows.map(summaryOf),
    total,
    nextCursor: rows.length > 0 && next < total ? next : null,
  };
}

/**
 * The query's filters, and with a text, the text search's hits on names and notes, best first.
 * (The backend's search service also matches names across scripts and spellings, and understands
 * intent words; this is the plain search its plans build on.)
 */
export function searchPerfumes(sql: Sql, query: PerfumeSearchQuery): Promise<PerfumeSearchResult> {
  return rankedSearch(sql, {
    q: query.q,
    filters: query,
    followers: query.q ? 'text' : 'filtered',
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  });
}

/**
 * Autocomplete: perfumes, brands and notes whose names start with or contain what was typed.
 * `leadingIds` (perfumes the caller already matched by name) come first, in their order; each
 * perfume carries what its bottle drawing needs, read in the same query.
 */
export async function suggest(
  sql: Sql,
  q: string,
  limit: number,
  leadingIds: readonly number[] = [],
): Promise<PerfumeSuggestions> {
  const text = foldText(q);
  if (!text) return { perfumes: [], brands: [], notes: [] };
  const like = containsPattern(text);
  const compactLike = containsPattern(text.replace(/ /g, ''));
  const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const leading = [...leadingIds];
  // The page is chosen first (a top-N sort); only its few rows then read their accords.
  const perfumes = await sql<
    {
      id: number;
      brand: string;
      brand_ko: string | null;
      name: string;
      name_ko: string | null;
      concentration: ConcentrationKey | null;
      accords: PerfumeSuggestion['accords'];
    }[]
  >`
    SELECT s.id, s.brand, s.brand_ko, s.name, s.name_ko, s.concentration,
      (SELECT COALESCE(jsonb_agg(jsonb_build_object('key', a.accord_key, 'strength', a.strength)
          ORDER BY a.strength DESC, a.accord_key), '[]')
        FROM (SELECT accord_key, strength FROM perfume_accords WHERE perfume_id = s.id
          ORDER BY strength DESC, accord_key LIMIT ${SUGGESTION_ACCORDS_MAX}) a) AS accords
    FROM (
      SELECT p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko, p.concentration, p.popularity,
        array_position(${leading}::int[], p.id) AS named_place,
        (p.name_key LIKE ${prefix} OR lower(coalesce(p.name_ko, '')) LIKE ${prefix}) AS starts_with,
        word_similarity(${text}, p.search_text) AS closeness
      FROM perfumes p JOIN brands b ON b.id = p.brand_id
      WHERE p.id = ANY(${leading}::int[])
        OR p.search_text LIKE ${like} OR p.search_compact LIKE ${compactLike} OR ${text} <% p.search_text
      ORDER BY named_place NULLS LAST, starts_with DESC, closeness DESC, p.popularity DESC, p.id
      LIMIT ${limit}
    ) s
    ORDER BY s.named_place NULLS LAST, s.starts_with DESC, s.closeness DESC, s.popularity DESC, s.id`;
  const brands = await sql<{ name: string; name_ko: string | null; perfumes: number }[]>`
    SELECT b.name, b.name_ko, count(p.id)::int AS perfumes
    FROM brands b JOIN perfumes p ON p.brand_id = b.id
    WHERE (lower(b.name) || ' ' || coalesce(b.name_ko, '')) LIKE ${like}
      OR replace(coalesce(b.name_ko, ''), ' ', '') LIKE ${compactLike}
      OR b.name_key LIKE ${like}
    GROUP BY b.id ORDER BY (b.name_key LIKE ${prefix}) DESC, count(p.id) DESC, b.name LIMIT ${limit}`;
  const notes = await sql<{ slug: string; name: string; name_ko: string | null }[]>`
    SELECT n.slug, n.name, n.name_ko FROM notes n
    WHERE n.search LIKE ${like} OR ${text} <% n.search
    ORDER BY (n.search LIKE ${prefix}) DESC, word_similarity(${text}, n.search) DESC,
      (SELECT count(*) FROM perfume_notes pn WHERE pn.note_id = n.id) DESC, n.slug
    LIMIT ${limit}`;
  return {
    perfumes: perfumes.map((p) => ({
      id: p.id,
      brand: p.brand,
      brandKo: p.brand_ko,
      name: p.name,
      nameKo: p.name_ko,
      concentration: p.concentration,
      accords: p.accords,
    })),
    brands: brands.map((b) => ({ name: b.name, nameKo: b.name_ko, perfumes: b.perfumes })),
    notes: notes.map((n) => ({ slug: n.slug, name: n.name, nameKo: n.name_ko })),
  };
}
