import { z } from 'zod';
import { labelsOf } from '../vocabulary/labels';
import { integerParam, localeSchema } from './common';
import type { MessageTable } from './messageTemplate';
import { perfumeIdField, perfumeIdParam, perfumeNoteSchema, perfumeSummarySchema, shareSchema } from './perfume';
import { textInput } from './textInput';
import { accordKeySchema, occasionKeySchema, seasonKeySchema } from './vocabulary';
import { localizedTextSchema } from './wardrobe';

// ---------------------------------------------------------------------------------------------
// Layering (레이어링): which two perfumes to wear together, and why. The rules behind every
// number are in docs/layering.md.
// ---------------------------------------------------------------------------------------------

/** The layering service's messages: sent as Korean text with their key, translated by clients from the key. */
export const LAYERING_MESSAGES = {
  layeringSamePerfume: {
    ko: '같은 향수끼리는 레이어링할 수 없어요. 다른 향수를 골라 주세요',
    en: 'A perfume cannot be layered with itself. Pick another one',
  },
  layeringFlanker: {
    ko: '{a}와(과) {b}은(는) 같은 라인의 향수(플랭커)예요. 다른 계열의 향수를 골라 주세요',
    en: '{a} and {b} belong to one line (a flanker). Pick a perfume of another line',
  },
  layeringOtherConcentration: {
    ko: '{a}와(과) {b}은(는) 같은 향수의 다른 농도예요. 다른 향수를 골라 주세요',
    en: '{a} and {b} are the same perfume in two concentrations. Pick another perfume',
  },
  layeringPerfumeNotFound: { ko: '향수를 찾을 수 없어요 (id {id})', en: 'No perfume has the id {id}' },
  layeringVotesUnavailable: {
    ko: '지금은 평가를 저장하거나 불러올 수 없어요. 잠시 후 다시 시도해 주세요',
    en: 'Votes cannot be saved or read right now. Please try again shortly',
  },
  layeringWardrobeUnavailable: {
    ko: '지금은 향수옷장을 불러올 수 없어요. 잠시 후 다시 시도해 주세요',
    en: 'The wardrobe cannot be read right now. Please try again shortly',
  },
  layeringTooManyRequests: {
    ko: '요청이 너무 많아요. {seconds}초 후에 다시 시도해 주세요',
    en: 'Too many requests. Please try again in {seconds} seconds',
  },
} as const satisfies MessageTable;

export type LayeringMessageKey = keyof typeof LAYERING_MESSAGES;

// ---------------------------------------------------------------------------------------------
// Verdicts and reasons.
// ---------------------------------------------------------------------------------------------

export const LAYERING_VERDICTS = ['great', 'good', 'risky', 'clash'] as const;
export const layeringVerdictSchema = z.enum(LAYERING_VERDICTS);
export type LayeringVerdict = z.infer<typeof layeringVerdictSchema>;

/** The lowest score of each verdict: great 80–100, good 60–79, risky 40–59, clash 0–39. */
export const VERDICT_MIN_SCORE: Readonly<Record<LayeringVerdict, number>> = {
  great: 80,
  good: 60,
  risky: 40,
  clash: 0,
};

export const LAYERING_VERDICT_LABELS = labelsOf<LayeringVerdict>({
  great: ['아주 잘 어울려요', 'Great together'],
  good: ['잘 어울려요', 'Good together'],
  risky: ['조심해서 써 보세요', 'Risky'],
  clash: ['서로 부딪혀요', 'They clash'],
});

/**
 * What a reason is about: `harmony` (shared accords), `bridge` (a shared heart or base note),
 * `complement` (families perfumers pair), `contrast` (opposite sides of the fragrance wheel),
 * `clash` (a rule that makes the pair clash), `caution` (a rule that only lowers the score),
 * `season` (no season in common), `community` (members' votes).
 */
export const LAYERING_REASON_KINDS = [
  'harmony',
  'bridge',
  'complement',
  'contrast',
  'clash',
  'caution',
  'season',
  'community',
] as const;
export const layeringReasonKindSchema = z.enum(LAYERING_REASON_KINDS);
export type LayeringReasonKind = z.infer<typeof layeringReasonKindSchema>;

export const noteRefSchema = perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true });

export const layeringReasonSchema = z.object({
  kind: layeringReasonKindSchema,
  /** The rule's id in docs/layering.md, e.g. `complement.citrus_floral`. */
  rule: z.string(),
  /** Points it added to the score (negative: taken away). */
  points: z.number(),
  text: localizedTextSchema,
  /** The accords it is about, for chips. */
  accords: z.array(accordKeySchema),
  /** The notes it is about (a bridge note, a doubled heavy material). */
  notes: z.array(noteRefSchema),
});
export type LayeringReason = z.infer<typeof layeringReasonSchema>;

// ---------------------------------------------------------------------------------------------
// How to wear the pair.
// ---------------------------------------------------------------------------------------------

/** `same_spots`: both on the pulse points, the second over the first; `separate_spots`: one perfume per spot. */
export const LAYERING_PLACEMENTS = ['same_spots', 'separate_spots'] as const;
export const layeringPlacementSchema = z.enum(LAYERING_PLACEMENTS);

export const layeringApplicationSchema = z.object({
  /** The perfume to put on first: the heavier, longer-lasting base. */
  firstId: z.number().int(),
  /** Sprays of each perfume, in the order to apply them; about 3–4 in total. */
  sprays: z.array(z.object({ perfumeId: z.number().int(), count: z.number().int().min(1).max(3) })),
  totalSprays: z.number().int(),
  placement: layeringPlacementSchema,
  /** Step by step, in the order to do them. */
  steps: z.array(localizedTextSchema),
});
export type LayeringApplication = z.infer<typeof layeringApplicationSchema>;

export const layeringWhenSchema = z.object({
  /** Seasons both perfumes suit (0–100: how well both do), best first; empty when they share none. */
  seasons: z.array(shareSchema(seasonKeySchema)),
  occasions: z.array(shareSchema(occasionKeySchema)),
  text: localizedTextSchema,
});

/** One accord of the chart: its strength in each perfume and in the blend (0–100). */
export const layeringProfileRowSchema = z.object({
  key: accordKeySchema,
  a: z.number().min(0).max(100),
  b: z.number().min(0).max(100),
  blend: z.number().min(0).max(100),
});

export const LAYERING_VOTES = ['up', 'down'] as const;
export const layeringVoteSchema = z.enum(LAYERING_VOTES);
export type LayeringVote = z.infer<typeof layeringVoteSchema>;

export const layeringCommunitySchema = z.object({
  up: z.number().int().min(0),
  down: z.number().int().min(0),
  /** Whether the votes are enough to count (docs/layering.md: from 10 votes on). */
  counted: z.boolean(),
  /** Points the votes moved the score by (0 until they count). */
  points: z.number(),
  /** The signed-in member's own vote on this pair; null when none or anonymous. */
  myVote: layeringVoteSchema.nullable(),
});
export type LayeringCommunity = z.infer<typeof layeringCommunitySchema>;

// ---------------------------------------------------------------------------------------------
// Pair analysis.
// ---------------------------------------------------------------------------------------------

/** Two perfumes, in any order: the answer is the same either way. */
export const layeringPairInputSchema = z.object({ a: perfumeIdParam, b: perfumeIdParam });
export type LayeringPairInput = z.input<typeof layeringPairInputSchema>;

export const layeringPairSchema = z.object({
  a: perfumeSummarySchema,
  b: perfumeSummarySchema,
  /** 0–100; its verdict band is VERDICT_MIN_SCORE. */
  score: z.number().int().min(0).max(100),
  verdict: layeringVerdictSchema,
  /** The score the documented rules give, before members' votes. */
  ruleScore: z.number().int().min(0).max(100),
  /** True when the two sit on opposite sides of the fragrance wheel: allowed, and said so. */
  contrast: z.boolean(),
  /** Strongest effect first. */
  reasons: z.array(layeringReasonSchema),
  application: layeringApplicationSchema,
  when: layeringWhenSchema,
  /** Every accord of either perfume, strongest in the blend first. */
  profile: z.array(layeringProfileRowSchema),
  community: layeringCommunitySchema,
});
export type LayeringPair = z.infer<typeof layeringPairSchema>;

// ---------------------------------------------------------------------------------------------
// Partners.
// ---------------------------------------------------------------------------------------------

export const LAYERING_MOOD_MAX_LENGTH = 100;
export const PARTNERS_LIMIT_MAX = 20;

/** 1: a little, 2: clearly (default), 3: strongly. Words in the mood ("더", "조금", "warmer") scale it further. */
export const moodIntensitySchema = integerParam(1, 3).prefault(2);

export const layeringPartnersInputSchema = z.object({
  perfumeId: perfumeIdParam,
  /** Where the blend should go, in Korean or English: "시원하게", "더 포근하게", "달지 않게", "warmer". */
  mood: textInput(LAYERING_MOOD_MAX_LENGTH).optional(),
  intensity: moodIntensitySchema,
  limit: integerParam(1, PARTNERS_LIMIT_MAX).prefault(10),
});
export type LayeringPartnersInput = z.input<typeof layeringPartnersInputSchema>;
export type LayeringPartnersQuery = z.output<typeof layeringPartnersInputSchema>;

export const layeringMoodTermSchema = z.object({
  /** `mood` (a mood key such as `cool`), `accord` (an accord key) or `note` (a note slug, steering by its family). */
  kind: z.enum(['mood', 'accord', 'note']),
  key: z.string(),
  label: localizedTextSchema,
  /** The words as typed. */
  text: z.string(),
  /** "달지 않게", "not sweet": away from it. */
  negated: z.boolean(),
});

export const layeringMoodSchema = z.object({
  text: z.string(),
  understood: z.array(layeringMoodTermSchema),
  /** Where the blend is steered: accords with weights, negative for away from. */
  accords: z.array(z.object({ key: accordKeySchema, weight: z.number() })),
});
export type LayeringMood = z.infer<typeof layeringMoodSchema>;

export const layeringPartnerSchema = z.object({
  perfume: perfumeSummarySchema,
  score: z.number().int().min(0).max(100),
  verdict: layeringVerdictSchema,
  contrast: z.boolean(),
  /** The strongest reasons, at most three. */
  highlights: z.array(layeringReasonSchema),
  /** 0–100: how far the partner moves the blend where the mood asks (50: neither towards nor away); null without a mood. */
  moodFit: z.number().int().min(0).max(100).nullable(),
});
export type LayeringPartner = z.infer<typeof layeringPartnerSchema>;

export const LAYERING_PARTNER_SOURCES = ['catalog', 'wardrobe'] as const;

export const layeringPartnersSchema = z.object({
  perfume: perfumeSummarySchema,
  source: z.enum(LAYERING_PARTNER_SOURCES),
  /** The mood as understood; null when none was given or no word of it was understood. */
  mood: layeringMoodSchema.nullable(),
  /** How many perfumes were scored (the catalog's candidates, or the wardrobe's perfumes). */
  considered: z.number().int(),
  /** Best first. From the catalog only good and great partners; from the wardrobe every perfume in it. */
  items: z.array(layeringPartnerSchema),
});
export type LayeringPartners = z.infer<typeof layeringPartnersSchema>;

// ---------------------------------------------------------------------------------------------
// Questions in Korean or English.
// ---------------------------------------------------------------------------------------------

export const LAYERING_QUESTION_MAX_LENGTH = 300;

export const layeringAskInputSchema = z.object({
  /** "샤넬 넘버5랑 뭐 섞으면 좋아?", "Can I layer Oud Wood with Sauvage?" */
  q: textInput(LAYERING_QUESTION_MAX_LENGTH, { required: true }),
  /** The language of the answer's text; by default the question's (Hangul: Korean). */
  locale: localeSchema.optional(),
});
export type LayeringAskInput = z.input<typeof layeringAskInputSchema>;

const perfumeChoiceSchema = perfumeSummarySchema.pick({
  id: true,
  brand: true,
  brandKo: true,
  name: true,
  nameKo: true,
  concentration: true,
});

export const layeringMentionSchema = z.object({
  /** The words of the question that name a perfume. */
  text: z.string(),
  /** The perfume when the words settle it, else null. */
  perfume: perfumeChoiceSchema.nullable(),
  /** Up to five perfumes to pick from when they do not, better-known first. */
  candidates: z.array(perfumeChoiceSchema),
});

/** What the question asked for: a pair, partners for one perfume, or how to apply. */
export const LAYERING_QUESTION_INTENTS = ['pair', 'partners', 'howTo'] as const;

const answerBase = {
  /** The language of `text`. */
  locale: localeSchema,
  /** A short answer in that language. */
  text: z.string(),
};

export const layeringAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pair'), ...answerBase, pair: layeringPairSchema }),
  z.object({ kind: z.literal('partners'), ...answerBase, partners: layeringPartnersSchema }),
  z.object({
    kind: z.literal('howTo'),
    ...answerBase,
    /** The pair's own advice when the question named two perfumes, else null. */
    pair: layeringPairSchema.nullable(),
    /** General advice on layering. */
    tips: z.array(localizedTextSchema),
  }),
  z.object({
    kind: z.literal('clarify'),
    ...answerBase,
    intent: z.enum(LAYERING_QUESTION_INTENTS),
    /** Each perfume the question names, settled or with candidates; empty when no name was recognised. */
    mentions: z.array(layeringMentionSchema),
    /** Candidates for a name that was not recognised at all ("did you mean"). */
    suggestions: z.array(perfumeChoiceSchema),
    /** The mood words of the question, to send with `partners` once a perfume is picked. */
    mood: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('refused'),
    ...answerBase,
    a: perfumeChoiceSchema,
    b: perfumeChoiceSchema,
    reason: z.enum(['same', 'flanker', 'concentration']),
  }),
  z.object({
    kind: z.literal('help'),
    ...answerBase,
    /** Questions to try, in the answer's language. */
    examples: z.array(z.string()),
  }),
]);
export type LayeringAnswer = z.infer<typeof layeringAnswerSchema>;

// ---------------------------------------------------------------------------------------------
// Votes (👍 / 👎) on a pair: one per member per pair, in either order.
// ---------------------------------------------------------------------------------------------

export const layeringVoteInputSchema = z.object({
  a: perfumeIdField,
  /** The partner: the perfume put on the WISH list when `wish` is true. */
  b: perfumeIdField,
  vote: layeringVoteSchema,
  /** With 👍: also put `b` on my wardrobe's WISH list (when it is not in my wardrobe yet). */
  wish: z.boolean().default(false),
});
export type LayeringVoteInput = z.input<typeof layeringVoteInputSchema>;

export const layeringVoteResultSchema = z.object({
  community: layeringCommunitySchema,
  /** True when `b` was added to the WISH list by this vote. */
  wishlisted: z.boolean(),
});

export const layeringVoteRemovedSchema = z.object({ removed: z.boolean(), community: layeringCommunitySchema });
