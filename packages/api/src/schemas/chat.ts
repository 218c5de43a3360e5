import { z } from 'zod';
import { labelsOf } from '../vocabulary/labels';
import { cursorSchema, errorBodySchema, limitSchema, localeSchema } from './common';
import { clientAddressSchema, userModeSchema } from './member';
import type { MessageTable } from './messageTemplate';
import { perfumeIdField, perfumeNameSchema, perfumeNoteSchema, perfumeSummarySchema } from './perfume';
import { textInput } from './textInput';
import { accordKeySchema, genderKeySchema, occasionKeySchema, seasonKeySchema } from './vocabulary';
import { localizedTextSchema } from './wardrobe';

// ---------------------------------------------------------------------------------------------
// The chat (향수 추천 챗봇): threads of messages in recom_db, answered by the offline engine or
// OpenAI. Members own their threads; guests chat in threads tied to a signed guest token (the web
// keeps it in a cookie) that live 24 hours.
// ---------------------------------------------------------------------------------------------

/** The chat's messages: sent as Korean text with their key; clients translate from the key. */
export const CHAT_MESSAGES = {
  chatThreadNotFound: { ko: '대화를 찾을 수 없어요', en: 'No such conversation' },
  chatSignInOrGuest: {
    ko: '로그인하거나 비회원 대화를 시작해 주세요',
    en: 'Sign in, or start a guest conversation',
  },
  chatGuestExpired: {
    ko: '비회원 대화가 만료되었어요. 새 대화를 시작해 주세요',
    en: 'The guest conversation has expired. Please start a new one',
  },
  chatGuestDailyLimit: {
    ko: '비회원은 하루에 메시지를 {limit}개까지 보낼 수 있어요. 로그인하면 계속 대화할 수 있어요 ({seconds}초 후 다시 보낼 수 있어요)',
    en: 'Guests may send {limit} messages a day. Sign in to keep chatting (or try again in {seconds} seconds)',
  },
  chatMemberHourlyLimit: {
    ko: '한 시간에 메시지를 {limit}개까지 보낼 수 있어요. {seconds}초 후 다시 보내 주세요',
    en: 'Members may send {limit} messages an hour. Please try again in {seconds} seconds',
  },
  chatGuestSessionLimit: {
    ko: '이 네트워크에서 오늘 시작할 수 있는 비회원 대화가 모두 찼어요. 로그인하면 계속 대화할 수 있어요 ({seconds}초 후 다시 시작할 수 있어요)',
    en: 'Too many guest conversations were started from this network today. Sign in to keep chatting (or try again in {seconds} seconds)',
  },
  chatBusy: {
    ko: '이 대화에 대한 답을 아직 쓰고 있어요. 잠시 후 다시 보내 주세요',
    en: 'An answer in this conversation is still being written. Please send again shortly',
  },
  chatUnavailable: {
    ko: '지금은 대화를 저장하거나 불러올 수 없어요. 잠시 후 다시 시도해 주세요',
    en: 'Conversations cannot be saved or read right now. Please try again shortly',
  },
} as const satisfies MessageTable;

export type ChatMessageKey = keyof typeof CHAT_MESSAGES;

// ---------------------------------------------------------------------------------------------
// Limits.
// ---------------------------------------------------------------------------------------------

export const CHAT_TEXT_MAX_LENGTH = 1000;
export const CHAT_TITLE_MAX_LENGTH = 80;
/** Perfumes in one answer: 3 unless asked, at most 5. */
export const CHAT_PICKS_DEFAULT = 3;
export const CHAT_PICKS_MAX = 5;
/** How long a guest's token and threads live. */
export const CHAT_GUEST_TTL_HOURS = 24;
/** Guest tokens are compact JWTs; this bounds what the input accepts. */
const GUEST_TOKEN_MAX_LENGTH = 1000;

/**
 * Starting a guest session. `clientAddress` is the browser's address, taken only from a service
 * (the web app): guest sessions are limited per address, so deleting a cookie does not reset the
 * daily message limit.
 */
export const chatGuestSessionInputSchema = z.object({ clientAddress: clientAddressSchema.optional() });

// ---------------------------------------------------------------------------------------------
// What the chat understood: the request as it stands after a message.
// ---------------------------------------------------------------------------------------------

/** `self`: for the person chatting; `gift`: for someone else (their own taste is then not used). */
export const CHAT_RECIPIENTS = ['self', 'gift'] as const;
export const chatRecipientSchema = z.enum(CHAT_RECIPIENTS);
export type ChatRecipient = z.infer<typeof chatRecipientSchema>;

/** Whom a gift is for, when the message says so. */
export const CHAT_RELATIONS = [
  'girlfriend',
  'boyfriend',
  'wife',
  'husband',
  'mother',
  'father',
  'sister',
  'brother',
  'daughter',
  'son',
  'friend',
  'colleague',
  'teacher',
] as const;
export const chatRelationSchema = z.enum(CHAT_RELATIONS);
export type ChatRelation = z.infer<typeof chatRelationSchema>;

export const CHAT_RELATION_LABELS = labelsOf<ChatRelation>({
  girlfriend: ['여자친구', 'girlfriend'],
  boyfriend: ['남자친구', 'boyfriend'],
  wife: ['아내', 'wife'],
  husband: ['남편', 'husband'],
  mother: ['어머니', 'mother'],
  father: ['아버지', 'father'],
  sister: ['자매', 'sister'],
  brother: ['형제', 'brother'],
  daughter: ['딸', 'daughter'],
  son: ['아들', 'son'],
  friend: ['친구', 'friend'],
  colleague: ['동료', 'colleague'],
  teacher: ['선생님', 'teacher'],
});

const labelledKeySchema = z.object({ key: z.string(), ko: z.string(), en: z.string() });
const noteRefSchema = perfumeNoteSchema.pick({ slug: true, name: true, nameKo: true });
/** A house as the chat names it: its identity key and names. */
export const chatBrandSchema = z.object({ key: z.string(), name: z.string(), nameKo: z.string().nullable() });

export const chatRequestSchema = z.object({
  recipient: chatRecipientSchema.nullable(),
  relation: chatRelationSchema.nullable(),
  /** The gender lean asked for (or implied by whom a gift is for); unisex perfumes fit either lean. */
  gender: genderKeySchema.nullable(),
  season: seasonKeySchema.nullable(),
  occasion: occasionKeySchema.nullable(),
  /** Mood and image words ("포근한", "clean"): they rank the picks by the accords they stand for. */
  moods: z.array(labelledKeySchema),
  accords: z.array(accordKeySchema),
  excludeAccords: z.array(accordKeySchema),
  notes: z.array(noteRefSchema),
  excludeNotes: z.array(noteRefSchema),
  brands: z.array(chatBrandSchema),
  excludeBrands: z.array(chatBrandSchema),
  /** "소바쥬 같은 거", "something like Tam Dao". */
  reference: perfumeNameSchema.nullable(),
  /** Perfumes per answer, 1–5. */
  count: z.number().int().min(1).max(CHAT_PICKS_MAX),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Messages.
// ---------------------------------------------------------------------------------------------

export const CHAT_ROLES = ['user', 'assistant'] as const;
export const chatRoleSchema = z.enum(CHAT_ROLES);

/** `offline`: the chat's own engine; `openai`: OpenAI with the same tools. */
export const CHAT_ENGINES = ['offline', 'openai'] as const;
export const chatEngineSchema = z.enum(CHAT_ENGINES);
export type ChatEngine = z.infer<typeof chatEngineSchema>;

/**
 * What an answer does: asks one question, recommends, tells about a perfume, a note or an accord,
 * compares two perfumes, answers a layering question, says honestly what it cannot know (price,
 * shops, stock), redirects an off-topic message, greets, or says a perfume is not in the catalog.
 */
export const CHAT_ANSWER_KINDS = [
  'question',
  'recommendation',
  'perfume',
  'note',
  'accord',
  'comparison',
  'layering',
  'cannotKnow',
  'offTopic',
  'greeting',
  'notFound',
] as const;
export const chatAnswerKindSchema = z.enum(CHAT_ANSWER_KINDS);
export type ChatAnswerKind = z.infer<typeof chatAnswerKindSchema>;

/** A condition of the request that no perfume could meet together with the others, so it was let go. */
export const CHAT_CONSTRAINTS = ['gender', 'season', 'occasion', 'accords', 'notes', 'moods', 'brands'] as const;
export const chatConstraintSchema = z.enum(CHAT_CONSTRAINTS);
export type ChatConstraint = z.infer<typeof chatConstraintSchema>;

export const chatPerfumeCardSchema = z.object({
  perfume: perfumeSummarySchema,
  /** The perfume's page in the web app. */
  href: z.string(),
  /** Why it fits this request, most telling first. */
  reasons: z.array(localizedTextSchema),
  /** What of the request it carries, for chips. */
  matched: z.object({
    accords: z.array(accordKeySchema),
    notes: z.array(noteRefSchema),
    season: seasonKeySchema.nullable(),
    occasion: occasionKeySchema.nullable(),
  }),
  /** "Save to wardrobe": call `wardrobe.save` with this input. */
  save: z.object({ perfumeId: perfumeIdField, state: z.literal('wish'), source: z.literal('chat') }),
  /** "Layer this": the layering page with this perfume picked. */
  layerHref: z.string(),
});
export type ChatPerfumeCard = z.infer<typeof chatPerfumeCardSchema>;

const isoDateTime = z.iso.datetime();

export const chatMessageSchema = z.object({
  /** Its place in the thread, from 1. */
  seq: z.number().int().min(1),
  role: chatRoleSchema,
  text: z.string(),
  /** The language of `text`. */
  locale: localeSchema,
  /** The perfumes the message names, in the order it names them (an assistant's only). */
  cards: z.array(chatPerfumeCardSchema),
  /** Replies to offer as buttons, in `locale`. */
  suggestions: z.array(z.string()),
  /** An assistant's answer: what it does; null for the person's messages. */
  kind: chatAnswerKindSchema.nullable(),
  /** The request as understood after this message (an assistant's only; null otherwise). */
  understood: chatRequestSchema.nullable(),
  /** Conditions let go because no perfume met them all. */
  relaxed: z.array(chatConstraintSchema),
  /** True when the member's wardrobe taste ranked the picks (for themselves, with the switch on). */
  usedTaste: z.boolean(),
  engine: chatEngineSchema.nullable(),
  /** The wording: beginner (sensory words) or expert (pyramid, accords, sillage). */
  mode: userModeSchema.nullable(),
  createdAt: isoDateTime,
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

// ---------------------------------------------------------------------------------------------
// Threads.
// ---------------------------------------------------------------------------------------------

export const chatThreadIdSchema = z.uuid();

export const chatThreadSummarySchema = z.object({
  id: chatThreadIdSchema,
  title: z.string(),
  /** True for a guest's thread (kept until `expiresAt`). */
  guest: z.boolean(),
  messages: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  expiresAt: isoDateTime.nullable(),
});
export type ChatThreadSummary = z.infer<typeof chatThreadSummarySchema>;

export const chatThreadSchema = chatThreadSummarySchema.extend({
  messages: z.array(chatMessageSchema),
  /** The request as the thread understands it now; null before the first answer. */
  understood: chatRequestSchema.nullable(),
  /** Every perfume recommended in the thread, in order (none is recommended twice). */
  recommended: z.array(z.number().int()),
});
export type ChatThread = z.infer<typeof chatThreadSchema>;

/** A signed guest token (a compact JWT), from `chat.guestSession`. */
export const chatGuestTokenSchema = z.string().min(1).max(GUEST_TOKEN_MAX_LENGTH);

export const chatThreadInputSchema = z.object({ threadId: chatThreadIdSchema });
export const chatGuestThreadInputSchema = z.object({ threadId: chatThreadIdSchema, guestToken: chatGuestTokenSchema });

/** Most recently active first. */
export const chatThreadListInputSchema = z.object({ limit: limitSchema, cursor: cursorSchema });
export const chatThreadListSchema = z.object({
  items: z.array(chatThreadSummarySchema),
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: z.number().int().nullable(),
});
export type ChatThreadList = z.infer<typeof chatThreadListSchema>;

export const chatRenameInputSchema = z.object({
  threadId: chatThreadIdSchema,
  title: textInput(CHAT_TITLE_MAX_LENGTH, { required: true }),
});
export const chatDeletedSchema = z.object({ deleted: z.boolean() });

export const chatGuestSessionSchema = z.object({ guestToken: z.string(), expiresAt: isoDateTime });
export type ChatGuestSession = z.infer<typeof chatGuestSessionSchema>;

/** After signing in: the guest's threads become the member's ("signing in keeps the current thread"). */
export const chatAdoptInputSchema = z.object({ guestToken: chatGuestTokenSchema });
export const chatAdoptedSchema = z.object({ threads: z.array(chatThreadIdSchema) });

// ---------------------------------------------------------------------------------------------
// Sending a message.
// ---------------------------------------------------------------------------------------------

export const chatSendInputSchema = z.object({
  /** The thread to continue; omitted: a new thread. */
  threadId: chatThreadIdSchema.optional(),
  text: textInput(CHAT_TEXT_MAX_LENGTH, { required: true }),
  /** The language of the answer; by default the message's (Hangul: Korean). */
  locale: localeSchema.optional(),
  /** The wording; by default the member's own mode, beginner for guests. */
  mode: userModeSchema.optional(),
  /** A guest's token (without a member's bearer token). */
  guestToken: chatGuestTokenSchema.optional(),
});
export type ChatSendInput = z.input<typeof chatSendInputSchema>;

export const chatSendResultSchema = z.object({
  thread: chatThreadSummarySchema,
  /** The person's message as stored. */
  message: chatMessageSchema,
  answer: chatMessageSchema,
});
export type ChatSendResult = z.infer<typeof chatSendResultSchema>;

// ---------------------------------------------------------------------------------------------
// Streaming: the same answer as events.
// ---------------------------------------------------------------------------------------------

export const CHAT_STATUSES = ['understanding', 'searching', 'layering', 'writing'] as const;
export const chatStatusSchema = z.enum(CHAT_STATUSES);
export type ChatStatus = z.infer<typeof chatStatusSchema>;

export const CHAT_STATUS_LABELS = labelsOf<ChatStatus>({
  understanding: ['취향을 정리하는 중…', 'Reading what you like…'],
  searching: ['향수를 고르는 중…', 'Choosing perfumes…'],
  layering: ['레이어링을 살펴보는 중…', 'Looking at the layering…'],
  writing: ['답을 쓰는 중…', 'Writing the answer…'],
});

/**
 * The answer as events, in this order: `thread` (the thread's id, new or continued), `status`
 * while it works, `text` pieces, `cards`, then `done` with exactly what `chat.send` returns; or
 * `error` instead of `done` when the answer could not be written or stored. A refusal before any
 * work (not signed in, no such thread, the guest limit) is an error of the call itself, not an event.
 */
export const chatStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('thread'), threadId: chatThreadIdSchema }),
  z.object({ type: z.literal('status'), status: chatStatusSchema, text: localizedTextSchema }),
  /** A piece of the answer's text, in order: joined (since the last `restart`) they are the answer's `text`. */
  z.object({ type: z.literal('text'), delta: z.string() }),
  /** The text so far is withdrawn: the model failed midway and the offline engine answers instead. */
  z.object({ type: z.literal('restart') }),
  z.object({ type: z.literal('cards'), cards: z.array(chatPerfumeCardSchema) }),
  /** Last: the thread, the person's message and the answer as stored (what `chat.send` returns). */
  z.object({ type: z.literal('done'), ...chatSendResultSchema.shape }),
  /** Instead of `done`: why no answer came (the error body of the same failure over REST). */
  z.object({ type: z.literal('error'), error: errorBodySchema }),
]);
export type ChatStreamEvent = z.infer<typeof chatStreamEventSchema>;
