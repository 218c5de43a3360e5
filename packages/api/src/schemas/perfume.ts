import { z } from 'zod';
import { commaList, cursorSchema, idField, idParam, integerParam, limitSchema } from './common';
import { understoodFilterSchema, understoodIdSchema } from './searchUnderstanding';
import { textInput } from './textInput';
import {
  accordKeySchema,
  concentrationKeySchema,
  genderKeySchema,
  notePositionSchema,
  occasionKeySchema,
  seasonKeySchema,
} from './vocabulary';

/** A perfume's id in a query or path parameter (`/perfumes/{id}`) … */
export const perfumeIdParam = idParam;
/** … and in a JSON body. */
export const perfumeIdField = idField;

export const accordStrengthSchema = z.object({
  key: accordKeySchema,
  strength: z.number().min(0).max(100),
});

export const shareSchema = <K extends z.ZodType<string>>(key: K) =>
  z.object({ key, share: z.number().min(0).max(100) });

export const perfumeNoteSchema = z.object({
  slug: z.string(),
  name: z.string(),
  nameKo: z.string().nullable(),
  position: notePositionSchema,
});

export const perfumeSummarySchema = z.object({
  id: z.number().int(),
  brand: z.string(),
  brandKo: z.string().nullable(),
  name: z.string(),
  nameKo: z.string().nullable(),
  year: z.number().int().nullable(),
  concentration: concentrationKeySchema.nullable(),
  gender: genderKeySchema,
  imageUrl: z.string().nullable(),
  /** Strongest accords first. */
  accords: z.array(accordStrengthSchema),
});
export type PerfumeSummary = z.infer<typeof perfumeSummarySchema>;

export const perfumeDetailSchema = perfumeSummarySchema.extend({
  perfumers: z.array(z.string()),
  notes: z.array(perfumeNoteSchema),
  seasons: z.array(shareSchema(seasonKeySchema)),
  occasions: z.array(shareSchema(occasionKeySchema)),
  /** Mean on 1 (very weak) … 5 (eternal), null when unknown. */
  longevity: z.number().min(1).max(5).nullable(),
  /** Mean on 1 (intimate) … 4 (enormous), null when unknown. */
  sillage: z.number().min(1).max(4).nullable(),
});
export type PerfumeDetail = z.infer<typeof perfumeDetailSchema>;

/** In the order a sort menu lists them; `relevance` is the default. */
export const SEARCH_SORTS = ['relevance', 'popularity', 'newest', 'oldest', 'name'] as const;
/** The longest text a search, an autocomplete, a note and a brand filter take. */
export const SEARCH_TEXT_MAX_LENGTH = 100;
export const SUGGEST_TEXT_MAX_LENGTH = 60;
export const NOTE_NAME_MAX_LENGTH = 60;
export const BRAND_NAME_MAX_LENGTH = 120;
/** The release years `perfumes.release_year` accepts. */
export const RELEASE_YEAR_MIN = 1700;
export const RELEASE_YEAR_MAX = 2100;
const yearSchema = integerParam(RELEASE_YEAR_MIN, RELEASE_YEAR_MAX);
const noteNameSchema = textInput(NOTE_NAME_MAX_LENGTH, { required: true });

export const perfumeSearchInputSchema = z
  .object({
    /** Korean or English, over brand, perfume and note names; tolerant of typos and spacing. */
    q: textInput(SEARCH_TEXT_MAX_LENGTH).optional(),
    accords: commaList(accordKeySchema).optional(),
    /** `all`: every listed accord must be present; `any`: at least one. */
    accordMode: z.enum(['all', 'any']).default('all'),
    notes: commaList(noteNameSchema).optional(),
    excludeNotes: commaList(noteNameSchema).optional(),
    gender: genderKeySchema.optional(),
    season: seasonKeySchema.optional(),
    occasion: occasionKeySchema.optional(),
    yearFrom: yearSchema.optional(),
    yearTo: yearSchema.optional(),
    brand: textInput(BRAND_NAME_MAX_LENGTH, { required: true }).optional(),
    /** Understood filters (`kind:key`, as `understood` gives them) to drop: their words are searched as names only. */
    ignore: commaList(understoodIdSchema).optional(),
    /** `relevance` ranks by text match when there is a query, by popularity otherwise. */
    sort: z.enum(SEARCH_SORTS).default('relevance'),
    limit: limitSchema,
    cursor: cursorSchema,
  })
  .refine((input) => input.yearFrom === undefined || input.yearTo === undefined || input.yearFrom <= input.yearTo, {
    path: ['yearTo'],
    message: 'must not be before yearFrom',
  });
export type PerfumeSearchInput = z.input<typeof perfumeSearchInputSchema>;
export type PerfumeSearchQuery = z.output<typeof perfumeSearchInputSchema>;

export const perfumeSearchResultSchema = z.object({
  items: z.array(perfumeSummarySchema),
  total: z.number().int(),
  nextCursor: z.number().int().nullable(),
});
export type PerfumeSearchResult = z.infer<typeof perfumeSearchResultSchema>;

export const perfumeNameSchema = perfumeSummarySchema.pick({
  id: true,
  brand: true,
  brandKo: true,
  name: true,
  nameKo: true,
});

export const didYouMeanSchema = z
  .object({
    q: z.string().describe('The text to search instead, in the script of the query'),
    perfume: perfumeNameSchema,
  })
  .describe('When nothing matched the text well: the closest perfume name');
export type DidYouMean = z.infer<typeof didYouMeanSchema>;

/** `perfume.search`: the results, what the text was understood as, and "did you mean". */
export const perfumeSearchAnswerSchema = perfumeSearchResultSchema.extend({
  understood: z.array(understoodFilterSchema),
  didYouMean: didYouMeanSchema.nullable(),
});
export type PerfumeSearchAnswer = z.infer<typeof perfumeSearchAnswerSchema>;

export const perfumeByIdInputSchema = z.object({ id: perfumeIdParam });

export const perfumeSuggestInputSchema = z.object({
  q: textInput(SUGGEST_TEXT_MAX_LENGTH, { required: true }),
  limit: integerParam(1, 10).prefault(6),
});

/** The most accords a suggestion carries: the strongest, what its bottle drawing colours its liquid with. */
export const SUGGESTION_ACCORDS_MAX = 3;

/** A suggested perfume: its names, and what its small bottle drawing needs. */
export const perfumeSuggestionSchema = perfumeSummarySchema
  .pick({ id: true, brand: true, brandKo: true, name: true, nameKo: true, concentration: true })
  .extend({
    /** Strongest first, at most SUGGESTION_ACCORDS_MAX. */
    accords: z.array(accordStrengthSchema).max(SUGGESTION_ACCORDS_MAX),
  });
export type PerfumeSuggestion = z.infer<typeof perfumeSuggestionSchema>;

export const perfumeSuggestionsSchema = z.object({
  perfumes: z.array(perfumeSuggestionSchema),
  brands: z.array(z.object({ name: z.string(), nameKo: z.string().nullable(), perfumes: z.number().int() })),
  notes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true })),
});
export type PerfumeSuggestions = z.infer<typeof perfumeSuggestionsSchema>;

export const similarInputSchema = z.object({
  id: perfumeIdParam,
  limit: integerParam(1, 30).prefault(10),
});

export const similarPerfumeSchema = z.object({
  perfume: perfumeSummarySchema,
  /** Cosine similarity of the two perfumes' embeddings, 0..1. */
  similarity: z.number(),
  /** Why: the accords both carry (strength ≥ 30 in each), strongest first, and the notes they share. */
  sharedAccords: z.array(accordKeySchema),
  sharedNotes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true })),
});
export const similarPerfumesSchema = z.object({ items: z.array(similarPerfumeSchema) });
export type SimilarPerfumes = z.infer<typeof similarPerfumesSchema>;
