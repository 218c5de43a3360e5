import {
  accordKeySchema,
  CHAT_PICKS_DEFAULT,
  CHAT_PICKS_MAX,
  chatRecipientSchema,
  chatRelationSchema,
  genderKeySchema,
  localeSchema,
  occasionKeySchema,
  seasonKeySchema,
} from '@scentence/api/schemas';
import { z } from 'zod';

/** A mood word with how strongly it was asked for ("더 포근하게": 1.5). */
const moodWishSchema = z.object({ key: z.string(), weight: z.number() });

/** The request as the engine keeps it: keys only (labels are added for the wire). */
export const requestStateSchema = z.object({
  recipient: chatRecipientSchema.nullable(),
  relation: chatRelationSchema.nullable(),
  gender: genderKeySchema.nullable(),
  season: seasonKeySchema.nullable(),
  occasion: occasionKeySchema.nullable(),
  moods: z.array(moodWishSchema),
  accords: z.array(accordKeySchema),
  excludeAccords: z.array(accordKeySchema),
  /** Note slugs. */
  notes: z.array(z.string()),
  excludeNotes: z.array(z.string()),
  /** House identity keys. */
  brands: z.array(z.string()),
  excludeBrands: z.array(z.string()),
  reference: z.number().int().nullable(),
  count: z.number().int().min(1).max(CHAT_PICKS_MAX),
});
export type RequestState = z.infer<typeof requestStateSchema>;

export const QUESTIONS = ['recipient', 'preference'] as const;
export type Question = (typeof QUESTIONS)[number];

/** Everything the engine remembers between messages; stored on the thread as JSON. */
export const dialogueStateSchema = z.object({
  version: z.literal(1),
  request: requestStateSchema,
  /** The questions asked since the request last started: each is asked at most once. */
  asked: z.array(z.enum(QUESTIONS)),
  /** The question the last answer asked, if it asked one: a reply the engine cannot read answers it with "no preference". */
  pending: z.enum(QUESTIONS).nullable(),
  /** "아무거나": recommend with defaults rather than ask. */
  anyPick: z.boolean(),
  /** The last answer's perfumes, in order: what "두 번째" and "the first one" name. */
  lastPicks: z.array(z.number().int()),
  /** The perfume talked about last: what "그거" and "that one" name. */
  focus: z.number().int().nullable(),
  locale: localeSchema.nullable(),
});
export type DialogueState = z.infer<typeof dialogueStateSchema>;

export function emptyRequest(): RequestState {
  return {
    recipient: null,
    relation: null,
    gender: null,
    season: null,
    occasion: null,
    moods: [],
    accords: [],
    excludeAccords: [],
    notes: [],
    excludeNotes: [],
    brands: [],
    excludeBrands: [],
    reference: null,
    count: CHAT_PICKS_DEFAULT,
  };
}

export function emptyDialogue(): DialogueState {
  return {
    version: 1,
    request: emptyRequest(),
    asked: [],
    pending: null,
    anyPick: false,
    lastPicks: [],
    focus: null,
    locale: null,
  };
}

/** The stored state, or a fresh one when there is none or it no longer reads (an older shape). */
export function readDialogue(stored: unknown): DialogueState {
  const parsed = dialogueStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyDialogue();
}

/** Whether the request names at least one wish besides whom it is for (what the engine asks for before recommending). */
export function hasPreference(request: RequestState): boolean {
  return (
    request.moods.length > 0 ||
    request.accords.length > 0 ||
    request.notes.length > 0 ||
    request.brands.length > 0 ||
    request.season !== null ||
    request.occasion !== null ||
    request.reference !== null ||
    request.excludeAccords.length > 0 ||
    request.excludeNotes.length > 0 ||
    request.excludeBrands.length > 0
  );
}
