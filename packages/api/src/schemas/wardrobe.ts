import { z } from 'zod';
import { cursorSchema, idListSchema, integerParam, limitSchema } from './common';
import { perfumeIdParam, perfumeNoteSchema, perfumeSummarySchema } from './perfume';
import { textInput } from './textInput';
import { accordKeySchema, genderKeySchema, seasonKeySchema } from './vocabulary';
import type { WardrobeMessageKey } from './wardrobeMessages';

// ---------------------------------------------------------------------------------------------
// The wardrobe (향수옷장): one entry per perfume per member, in recom_db.
// ---------------------------------------------------------------------------------------------

/** have: owns it; had: used to; wish: wants it (the original's RECOMMENDED). */
export const WARDROBE_STATES = ['have', 'wish', 'had'] as const;
export const wardrobeStateSchema = z.enum(WARDROBE_STATES);
export type WardrobeState = z.infer<typeof wardrobeStateSchema>;

export const PREFERENCES = ['good', 'neutral', 'bad'] as const;
export const preferenceSchema = z.enum(PREFERENCES);
export type Preference = z.infer<typeof preferenceSchema>;

/** Where an entry came from. */
export const WARDROBE_SOURCES = ['manual', 'chat', 'layering', 'map', 'import'] as const;
export const wardrobeSourceSchema = z.enum(WARDROBE_SOURCES);
export type WardrobeSource = z.infer<typeof wardrobeSourceSchema>;

export const RATING_MAX = 10;
/** 0–10 in half steps, like Parfumo. */
const RATING_INVALID = 'ratingInvalid' satisfies WardrobeMessageKey;
export const ratingSchema = z
  .number(RATING_INVALID)
  .min(0, RATING_INVALID)
  .max(RATING_MAX, RATING_INVALID)
  .multipleOf(0.5, RATING_INVALID)
  .meta({ description: 'From 0 to 10 in half steps' });
export const MEMO_MAX_LENGTH = 500;
export const memoSchema = textInput(MEMO_MAX_LENGTH);

export const WARDROBE_SORTS = ['added', 'name', 'rating'] as const;

const isoDateTime = z.iso.datetime();

export const wardrobeEntrySchema = z.object({
  perfume: perfumeSummarySchema,
  state: wardrobeStateSchema,
  preference: preferenceSchema,
  rating: ratingSchema.nullable(),
  memo: z.string(),
  source: wardrobeSourceSchema,
  addedAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WardrobeEntry = z.infer<typeof wardrobeEntrySchema>;

export const wardrobeCountsSchema = z.object({ have: z.number().int(), wish: z.number().int(), had: z.number().int() });

export const wardrobeListInputSchema = z.object({
  state: wardrobeStateSchema.optional(),
  /** Within the collection: brand or perfume name, Korean or English. */
  q: textInput(100).optional(),
  brand: textInput(120, { required: true }).optional(),
  accord: accordKeySchema.optional(),
  season: seasonKeySchema.optional(),
  sort: z.enum(WARDROBE_SORTS).default('added'),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type WardrobeListInput = z.input<typeof wardrobeListInputSchema>;
export type WardrobeListQuery = z.output<typeof wardrobeListInputSchema>;

export const wardrobeListSchema = z.object({
  items: z.array(wardrobeEntrySchema),
  total: z.number().int(),
  nextCursor: z.number().int().nullable(),
  /** Per state, over the whole collection (for the tabs). */
  counts: wardrobeCountsSchema,
});
export type WardrobeList = z.infer<typeof wardrobeListSchema>;

export const wardrobePerfumeInputSchema = z.object({ perfumeId: perfumeIdParam });

/** Adds a perfume, or changes the entry that is already there (one entry per perfume). */
export const wardrobeSaveInputSchema = z.object({
  perfumeId: perfumeIdParam,
  state: wardrobeStateSchema.default('have'),
  preference: preferenceSchema.default('neutral'),
  rating: ratingSchema.nullable().optional(),
  memo: memoSchema.optional(),
  source: wardrobeSourceSchema.default('manual'),
});
export type WardrobeSaveInput = z.input<typeof wardrobeSaveInputSchema>;
/** A save as the service receives it, defaults filled in. */
export type WardrobeSaveRequest = z.output<typeof wardrobeSaveInputSchema>;

/** Changes some fields of an existing entry; null clears the rating. */
export const wardrobeUpdateInputSchema = z.object({
  perfumeId: perfumeIdParam,
  state: wardrobeStateSchema.optional(),
  preference: preferenceSchema.optional(),
  rating: ratingSchema.nullable().optional(),
  memo: memoSchema.optional(),
});
export type WardrobeUpdateRequest = z.output<typeof wardrobeUpdateInputSchema>;

/** "I used it up": the entry moves to HAD with how it was liked. */
export const wardrobeUseUpInputSchema = z.object({
  perfumeId: perfumeIdParam,
  preference: preferenceSchema,
  rating: ratingSchema.nullable().optional(),
});
export type WardrobeUseUpRequest = z.output<typeof wardrobeUseUpInputSchema>;

export const wardrobeDeletedSchema = z.object({ deleted: z.boolean() });

/** The member's state for each listed perfume (cards show "in your wardrobe"). */
export const wardrobeStatusInputSchema = z.object({ ids: idListSchema });
export const wardrobeStatusSchema = z.object({
  items: z.array(z.object({ perfumeId: z.number().int(), state: wardrobeStateSchema, preference: preferenceSchema })),
});

export const wardrobeSettingsSchema = z.object({
  /** Off: nothing personal is used anywhere (for you, chat, map, layering). */
  useForRecommendations: z.boolean(),
});
export type WardrobeSettings = z.infer<typeof wardrobeSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Taste profile and "for you".
// ---------------------------------------------------------------------------------------------

export const tasteProfileSchema = z.object({
  /**
   * Liked entries that counted. With none (an empty wardrobe, or only neutral and disliked
   * perfumes) accords, liked notes, seasons and genders are empty; what is disliked may still
   * show in `avoidedAccords` and `dislikedNotes`.
   */
  entries: z.number().int(),
  /** Positive accord weights scaled so the strongest is 100, strongest first. */
  accords: z.array(z.object({ key: accordKeySchema, weight: z.number().min(0).max(100) })),
  /** Accords pulled below zero by disliked perfumes, most disliked first. */
  avoidedAccords: z.array(z.object({ key: accordKeySchema, weight: z.number().min(0).max(100) })),
  likedNotes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true }).extend({ count: z.number() })),
  dislikedNotes: z.array(
    perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true }).extend({ count: z.number() }),
  ),
  /** Share (0–100) of liked perfumes that fit each season. */
  seasons: z.array(z.object({ key: seasonKeySchema, share: z.number().min(0).max(100) })),
  /** Share (0–100) of liked perfumes per gender lean. */
  genders: z.array(z.object({ key: genderKeySchema, share: z.number().min(0).max(100) })),
});
export type TasteProfile = z.infer<typeof tasteProfileSchema>;

export const FOR_YOU_MAX = 30;
export const forYouInputSchema = z.object({ limit: integerParam(1, FOR_YOU_MAX).prefault(12) });

export const localizedTextSchema = z.object({ ko: z.string(), en: z.string() });

export const forYouItemSchema = z.object({
  perfume: perfumeSummarySchema,
  /** 0..1, higher fits the taste better. */
  score: z.number(),
  sharedAccords: z.array(accordKeySchema),
  sharedNotes: z.array(perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true })),
  /** The liked perfumes it resembles most (ids of wardrobe entries). */
  becauseOf: z.array(perfumeSummarySchema.pick({ id: true, brand: true, brandKo: true, name: true, nameKo: true })),
  reason: localizedTextSchema,
});

export const forYouSchema = z.object({
  /** `taste`: ranked from the profile; `empty`: nothing liked yet; `disabled`: the member switched it off. */
  basis: z.enum(['taste', 'empty', 'disabled']),
  items: z.array(forYouItemSchema),
});
export type ForYou = z.infer<typeof forYouSchema>;

// ---------------------------------------------------------------------------------------------
// Export and import: the same file into a fresh account gives the same collection.
// ---------------------------------------------------------------------------------------------

export const WARDROBE_FILE_FORMATS = ['json', 'csv'] as const;
export const wardrobeFileFormatSchema = z.enum(WARDROBE_FILE_FORMATS);
export const WARDROBE_IMPORT_MAX_BYTES = 90_000;

export const wardrobeExportInputSchema = z.object({ format: wardrobeFileFormatSchema.default('json') });
export const wardrobeExportSchema = z.object({
  format: wardrobeFileFormatSchema,
  filename: z.string(),
  contentType: z.string(),
  content: z.string(),
  entries: z.number().int(),
});
export type WardrobeExport = z.infer<typeof wardrobeExportSchema>;

export const wardrobeImportInputSchema = z.object({
  format: wardrobeFileFormatSchema,
  content: z.string().min(1).max(WARDROBE_IMPORT_MAX_BYTES),
});
export type WardrobeImportRequest = z.output<typeof wardrobeImportInputSchema>;
export const wardrobeImportResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type WardrobeImportResult = z.infer<typeof wardrobeImportResultSchema>;
