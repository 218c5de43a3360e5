import type { PerfumeSearchQuery, PerfumeSearchResult, PerfumeSuggestions } from '@scentence/api/schemas';
import type postgres from 'postgres';
import type { Sql } from '../connections';
import { containsPattern, foldText, nameKey, noteSlug } from '../text/normalize';
import { findPerfumeSummaries } from './perfumeReads';

/** An accord counts as "present" for filtering from this strength on. */
export const ACCORD_PRESENT = 30;
/** A season or occasion "fits" from this share on (shares are relative to the best fit, 100). */
const SHARE_FITS = 50;
/** A match on a note ranks below a match on the perfume's own name. */
const NOTE_MATCH_WEIGHT = 0.6;

type Fragment = postgres.PendingQuery<postgres.Row[]>;

function joinWith(sql: Sql, separator: 'AND' | 'OR', parts: Fragment[], empty: Fragment): Fragment {
  if (parts.length === 0) return empty;
  return parts.slice(1).reduce((all, part) => sql`${all} ${sql.unsafe(separator)} ${part}`, parts[0]!);
}

function hasNote(sql: Sql, note: string): Fragment {
  return sql`EXISTS (SELECT 1 FROM perfume_notes pn JOIN notes n ON n.id = pn.note_id
    WHERE pn.perfume_id = p.id AND n.slug = ${noteSlug(note)})`;
}

function filterConditions(sql: Sql, query: PerfumeSearchQuery): Fragment {
  const conditions: Fragment[] = [];
  const accords = (query.accords ?? []).map(
    (accord) => sql`EXISTS (SELECT 1 FROM perfume_accords a
      WHERE a.perfume_id = p.id AND a.accord_key = ${accord} AND a.strength >= ${ACCORD_PRESENT})`,
  );
  if (accords.length > 0)
    conditions.push(sql`(${joinWith(sql, query.accordMode === 'any' ? 'OR' : 'AND', accords, sql`TRUE`)})`);
  for (const note of query.notes ?? []) conditions.push(hasNote(sql, note));
  for (const note of query.excludeNotes ?? []) conditions.push(sql`NOT ${hasNote(sql, note)}`);
  if (query.gender) conditions.push(sql`p.gender = ${query.gender}`);
  if (query.season) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_seasons s
      WHERE s.perfume_id = p.id AND s.season = ${query.season} AND s.share >= ${SHARE_FITS})`);
  }
  if (query.occasion) {
    conditions.push(sql`EXISTS (SELECT 1 FROM perfume_occasions o
      WHERE o.perfume_id = p.id AND o.occasion = ${query.occasion} AND o.share >= ${SHARE_FITS})`);
  }
  if (query.yearFrom !== undefined) conditions.push(sql`p.release_year >= ${query.yearFrom}`);
  if (query.yearTo !== undefined) conditions.push(sql`p.release_year <= ${query.yearTo}`);
  if (query.brand) conditions.push(sql`p.brand_id = (SELECT id FROM brands WHERE name_key = ${nameKey(query.brand)})`);
  return joinWith(sql, 'AND', conditions, sql`TRUE`);
}

function orderBy(sql: Sql, query: PerfumeSearchQuery, hasText: boolean): Fragment {
  switch (query.sort) {
    case 'popularity':
      return sql`p.popularity DESC, p.id`;
    case 'newest':
      return sql`p.release_year DESC NULLS LAST, p.popularity DESC, p.id`;
    case 'oldest':
      return sql`p.release_year ASC NULLS LAST, p.popularity DESC, p.id`;
    case 'name':
      return sql`p.name_key, p.brand_id, p.id`;
    default:
      return hasText ? sql`h.score DESC, p.popularity DESC, p.id` : sql`p.popularity DESC, p.id`;
  }
}

/**
 * Text search ranks a perfume by the best of: its brand and names (exact substring, the same with
 * spaces removed, or a trigram word match that forgives typos), and, weighted lower, its notes.
 */
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

/** The page of matching ids in order, and how many match in all. */
async function matchingIds(sql: Sql, query: PerfumeSearchQuery): Promise<{ ids: number[]; total: number }> {
  const text = query.q ? foldText(query.q) : '';
  const filters = filterConditions(sql, query);
  const rows = text
    ? await sql<{ id: number; total: number }[]>`
      WITH name_hits AS (
        SELECT id,
          CASE WHEN search_text LIKE ${containsPattern(text)} OR search_compact LIKE ${containsPattern(text.replace(/ /g, ''))}
            THEN 1 ELSE 0 END + word_similarity(${text}, search_text) AS score
        FROM perfumes WHERE ${textMatch(sql, 'search_text', 'search_compact', text)}
      ), note_hits AS (
        SELECT pn.perfume_id AS id, max(word_similarity(${text}, n.search)) * ${NOTE_MATCH_WEIGHT} AS score
        FROM notes n JOIN perfume_notes pn ON pn.note_id = n.id
        WHERE ${textMatch(sql, 'search', null, text)}
        GROUP BY pn.perfume_id
      ), hits AS (
        SELECT id, max(score) AS score FROM (SELECT * FROM name_hits UNION ALL SELECT * FROM note_hits) AS all_hits
        GROUP BY id
      )
      SELECT p.id, count(*) OVER ()::int AS total
      FROM hits h JOIN perfumes p ON p.id = h.id
      WHERE ${filters}
      ORDER BY ${orderBy(sql, query, true)}
      LIMIT ${query.limit} OFFSET ${query.cursor}`
    : await sql<{ id: number; total: number }[]>`
      SELECT p.id, count(*) OVER ()::int AS total
      FROM perfumes p
      WHERE ${filters}
      ORDER BY ${orderBy(sql, query, false)}
      LIMIT ${query.limit} OFFSET ${query.cursor}`;
  if (rows.length > 0 || query.cursor === 0) return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
  // Past the last page the window count is gone; the total is still the total.
  return { ids: [], total: (await matchingIds(sql, { ...query, cursor: 0, limit: 1 })).total };
}

/**
 * Text search ranks a perfume by the best of: its brand and names (exact substring, the same with
 * spaces removed, or a trigram word match that forgives typos), and, weighted lower, its notes.
 * Only the page's perfumes are read in full.
 */
export async function searchPerfumes(sql: Sql, query: PerfumeSearchQuery): Promise<PerfumeSearchResult> {
  const { ids, total } = await matchingIds(sql, query);
  const next = query.cursor + ids.length;
  return {
    items: await findPerfumeSummaries(sql, ids),
    total,
    nextCursor: ids.length > 0 && next < total ? next : null,
  };
}

/** Autocomplete: perfumes, brands and notes whose names start with or contain what was typed. */
export async function suggest(sql: Sql, q: string, limit: number): Promise<PerfumeSuggestions> {
  const text = foldText(q);
  if (!text) return { perfumes: [], brands: [], notes: [] };
  const like = containsPattern(text);
  const compactLike = containsPattern(text.replace(/ /g, ''));
  const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const perfumes = await sql<
    { id: number; brand: string; brand_ko: string | null; name: string; name_ko: string | null }[]
  >`
    SELECT p.id, b.name AS brand, b.name_ko AS brand_ko, p.name, p.name_ko
    FROM perfumes p JOIN brands b ON b.id = p.brand_id
    WHERE p.search_text LIKE ${like} OR p.search_compact LIKE ${compactLike} OR ${text} <% p.search_text
    ORDER BY (p.name_key LIKE ${prefix} OR lower(coalesce(p.name_ko, '')) LIKE ${prefix}) DESC,
      word_similarity(${text}, p.search_text) DESC, p.popularity DESC, p.id
    LIMIT ${limit}`;
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
    perfumes: perfumes.map((p) => ({ id: p.id, brand: p.brand, brandKo: p.brand_ko, name: p.name, nameKo: p.name_ko })),
    brands: brands.map((b) => ({ name: b.name, nameKo: b.name_ko, perfumes: b.perfumes })),
    notes: notes.map((n) => ({ slug: n.slug, name: n.name, nameKo: n.name_ko })),
  };
}
