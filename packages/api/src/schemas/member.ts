import { z } from 'zod';
import { memberRoleSchema } from '../auth/accessToken';
import { labelsOf } from '../vocabulary/labels';
import { cursorSchema, type Locale, limitSchema } from './common';
import { type MessageTable, messageReaders } from './messageTemplate';
import { textInput } from './textInput';

// ---------------------------------------------------------------------------------------------
// Limits, which the messages below quote.
// ---------------------------------------------------------------------------------------------

/** The characters a nickname may have (a regular-expression class), and its length. */
export const NICKNAME_ALPHABET = '가-힣A-Za-z0-9';
export const NICKNAME_MIN_LENGTH = 2;
export const NICKNAME_MAX_LENGTH = 12;
/** The length of a new password. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** The largest profile image a member may upload. */
export const PROFILE_IMAGE_MAX_MEGABYTES = 5;
export const PROFILE_IMAGE_MAX_BYTES = PROFILE_IMAGE_MAX_MEGABYTES * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Messages. Every member message is a { ko, en } pair. The services send its Korean text (the
// default) together with its key and parameters (`messageKey`, `params` in the error body), and
// the web translates from the key.
// ---------------------------------------------------------------------------------------------

/** A kind of character a new password lacks. */
function passwordNeeds(ko: string, en: string): Record<Locale, string> {
  return { ko: `비밀번호에 ${ko}를 넣어 주세요`, en: `Add ${en} to the password` };
}

/** A field whose value another member already has. */
function alreadyInUse(ko: string, en: string): Record<Locale, string> {
  return { ko: `이미 사용 중인 ${ko}입니다`, en: `This ${en} is already in use` };
}

export const MEMBER_MESSAGES = {
  emailInvalid: { ko: '올바른 이메일 주소를 입력해 주세요', en: 'Enter a valid email address' },
  emailTaken: alreadyInUse('이메일', 'email'),
  passwordTooShort: {
    ko: `비밀번호는 ${PASSWORD_MIN_LENGTH}자 이상이어야 합니다`,
    en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters`,
  },
  passwordTooLong: {
    ko: `비밀번호는 ${PASSWORD_MAX_LENGTH}자 이하여야 합니다`,
    en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters`,
  },
  passwordNeedsUpper: passwordNeeds('영문 대문자', 'an upper-case letter'),
  passwordNeedsLower: passwordNeeds('영문 소문자', 'a lower-case letter'),
  passwordNeedsDigit: passwordNeeds('숫자', 'a digit'),
  passwordNeedsSymbol: passwordNeeds('특수문자', 'a symbol'),
  passwordRequired: { ko: '비밀번호를 입력해 주세요', en: 'Enter your password' },
  passwordIncorrect: { ko: '비밀번호가 올바르지 않습니다', en: 'The password is incorrect' },
  passwordUnchanged: {
    ko: '새 비밀번호가 지금 비밀번호와 같습니다',
    en: 'The new password is the same as the current one',
  },
  passwordNotSet: {
    ko: '비밀번호로 로그인하는 계정이 아닙니다',
    en: 'This account does not sign in with a password',
  },
  nicknameLength: {
    ko: `닉네임은 ${NICKNAME_MIN_LENGTH}~${NICKNAME_MAX_LENGTH}자여야 합니다`,
    en: `The nickname needs ${NICKNAME_MIN_LENGTH} to ${NICKNAME_MAX_LENGTH} characters`,
  },
  nicknameCharacters: {
    ko: '닉네임에는 한글, 영문, 숫자만 쓸 수 있습니다',
    en: 'The nickname may contain only Korean, English letters and digits',
  },
  nicknameTaken: alreadyInUse('닉네임', 'nickname'),
  invalidCredentials: { ko: '이메일 또는 비밀번호가 올바르지 않습니다', en: 'The email or password is incorrect' },
  tooManyRequests: {
    ko: '요청이 너무 많습니다. {seconds}초 후에 다시 시도해 주세요',
    en: 'Too many attempts. Try again in {seconds} seconds',
  },
  accountLocked: {
    ko: '잠긴 계정입니다. 고객센터에 문의해 주세요',
    en: 'This account is locked. Please contact support',
  },
  signInAgain: { ko: '다시 로그인해 주세요', en: 'Please sign in again' },
  adminsOnly: { ko: '관리자만 사용할 수 있습니다', en: 'Only admins may do this' },
  memberNotFound: { ko: '회원을 찾을 수 없습니다', en: 'No such member' },
  memberWithdrawn: {
    ko: '탈퇴가 완료된 회원은 바꿀 수 없습니다',
    en: 'A withdrawn member cannot be changed',
  },
  ownStatus: { ko: '내 계정의 상태는 바꿀 수 없습니다', en: 'You cannot change the status of your own account' },
  recoveryExpired: {
    ko: '복구 기간이 지났거나 링크가 만료되었습니다. 다시 로그인해 주세요',
    en: 'The recovery period or link has expired. Please sign in again',
  },
  linkExpired: {
    ko: '계정 연결 요청이 만료되었습니다. 카카오로 다시 로그인해 주세요',
    en: 'The link request has expired. Please sign in with Kakao again',
  },
  kakaoLinkedElsewhere: {
    ko: '이 이메일 계정은 이미 다른 카카오 계정과 연결되어 있습니다',
    en: 'This email account is already linked to another Kakao account',
  },
  kakaoAlreadyUsed: {
    ko: '이 카카오 계정은 이미 다른 회원과 연결되어 있습니다',
    en: 'This Kakao account is already linked to another member',
  },
  kakaoTokenInvalid: {
    ko: '카카오 로그인이 만료되었거나 올바르지 않습니다. 카카오로 다시 로그인해 주세요',
    en: 'The Kakao sign-in is invalid or has expired. Please sign in with Kakao again',
  },
  kakaoUnavailable: {
    ko: '카카오에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요',
    en: 'Kakao cannot be reached. Please try again shortly',
  },
  uploadNotFound: {
    ko: '업로드한 파일을 찾을 수 없습니다. 다시 올려 주세요',
    en: 'The uploaded file was not found. Please upload it again',
  },
  imageTooLarge: {
    ko: `이미지는 ${PROFILE_IMAGE_MAX_MEGABYTES}MB 이하여야 합니다`,
    en: `The image may be at most ${PROFILE_IMAGE_MAX_MEGABYTES} MB`,
  },
  imageUnsupported: {
    ko: 'JPEG, PNG, WebP, GIF 이미지만 올릴 수 있습니다',
    en: 'Only JPEG, PNG, WebP and GIF images can be uploaded',
  },
  imageDimensions: {
    ko: '이미지 크기는 가로세로 32~8000픽셀이어야 합니다',
    en: 'The image must be 32 to 8000 pixels wide and high',
  },
  storageUnavailable: {
    ko: '이미지 저장소에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요',
    en: 'The image storage is unavailable. Please try again shortly',
  },
} as const satisfies MessageTable;

export type MemberMessageKey = keyof typeof MEMBER_MESSAGES;
export const { isKey: isMemberMessageKey, text: memberMessage } = messageReaders(MEMBER_MESSAGES);

// ---------------------------------------------------------------------------------------------
// Vocabulary.
// ---------------------------------------------------------------------------------------------

export const MEMBER_STATUSES = ['normal', 'locked', 'dormant', 'withdrawal_requested', 'withdrawn'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const USER_MODES = ['beginner', 'expert'] as const;
export const userModeSchema = z.enum(USER_MODES);
export type UserMode = z.infer<typeof userModeSchema>;

export const MEMBER_STATUS_LABELS = labelsOf<MemberStatus>({
  normal: ['정상', 'Normal'],
  locked: ['잠금', 'Locked'],
  dormant: ['휴면', 'Dormant'],
  withdrawal_requested: ['탈퇴 요청', 'Withdrawal requested'],
  withdrawn: ['탈퇴 완료', 'Withdrawn'],
});

export const USER_MODE_LABELS = labelsOf<UserMode>({
  beginner: ['입문자', 'Beginner'],
  expert: ['전문가', 'Expert'],
});

/** Days a withdrawn account can be recovered before it is purged. */
export const WITHDRAWAL_RECOVERY_DAYS = 30;
export const PROFILE_IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

// ---------------------------------------------------------------------------------------------
// Field rules, written once. The web validates with `memberFieldSchemas(locale)` before submitting;
// the services' rules below refuse with the message key itself, which the error formatter sends
// as its Korean text together with the key.
// ---------------------------------------------------------------------------------------------

const NICKNAME_CHARACTERS = new RegExp(`^[${NICKNAME_ALPHABET}]+$`);

function memberFieldRules(text: (key: MemberMessageKey) => string) {
  // Checked as sent (the forms trim it first), then lower-cased.
  const email = z.email(text('emailInvalid')).max(254, text('emailInvalid')).toLowerCase();
  const password = z
    .string()
    .min(PASSWORD_MIN_LENGTH, text('passwordTooShort'))
    .max(PASSWORD_MAX_LENGTH, text('passwordTooLong'))
    .regex(/[A-Z]/, text('passwordNeedsUpper'))
    .regex(/[a-z]/, text('passwordNeedsLower'))
    .regex(/[0-9]/, text('passwordNeedsDigit'))
    .regex(/[^\p{L}\p{N}\s]/u, text('passwordNeedsSymbol'));
  /** Only checked for being there: the rules may have changed since the password was set. */
  const currentPassword = z.string().min(1, text('passwordRequired')).max(1024, text('passwordTooLong'));
  const nickname = z
    .string()
    .min(NICKNAME_MIN_LENGTH, text('nicknameLength'))
    .max(NICKNAME_MAX_LENGTH, text('nicknameLength'))
    .regex(NICKNAME_CHARACTERS, text('nicknameCharacters'));
  return { email, password, currentPassword, nickname };
}

/** The field rules with their messages in one language. */
export function memberFieldSchemas(locale: Locale) {
  return memberFieldRules((key) => memberMessage(key, locale));
}

const fields = memberFieldRules((key) => key);
export const memberEmailSchema = fields.email;
export const memberPasswordSchema = fields.password;
export const currentPasswordSchema = fields.currentPassword;
export const nicknameSchema = fields.nickname;

export const memberIdSchema = z.uuid();
const isoDateTime = z.iso.datetime();

/**
 * The browser's address as the web server saw it. Honoured only from a service caller: a browser
 * could write anything here, so for anyone else the services ignore it.
 */
export const CLIENT_ADDRESS_MAX_LENGTH = 100;
export const clientAddressSchema = textInput(CLIENT_ADDRESS_MAX_LENGTH, { required: true }).describe(
  'Client address (service callers only)',
);

// ---------------------------------------------------------------------------------------------
// What a member looks like on the wire.
// ---------------------------------------------------------------------------------------------

export const memberProfileSchema = z.object({
  id: memberIdSchema,
  email: z.string().nullable(),
  nickname: z.string(),
  userMode: userModeSchema,
  secondaryEmail: z.string().nullable(),
  imageUrl: z.string().nullable(),
  role: memberRoleSchema,
  status: memberStatusSchema,
  hasPassword: z.boolean(),
  kakaoLinked: z.boolean(),
  createdAt: isoDateTime,
});
export type MemberProfile = z.infer<typeof memberProfileSchema>;

export const adminMemberSchema = memberProfileSchema.extend({
  nickname: z.string().nullable(),
  lastLoginAt: isoDateTime.nullable(),
  withdrawalRequestedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
export type AdminMember = z.infer<typeof adminMemberSchema>;

/** What next-auth learns from a sign-in: a member, a Kakao link to confirm, or a recoverable account. */
export const memberSignInResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), created: z.boolean(), member: memberProfileSchema }),
  z.object({
    status: z.literal('link_required'),
    email: z.string(),
    /** Proves which Kakao account asked; `member.linkKakao` takes it back with the password. */
    linkToken: z.string(),
    expiresAt: isoDateTime,
  }),
  z.object({
    status: z.literal('withdrawal_requested'),
    /** Proves the owner signed in; `member.recover` takes it back. */
    recoveryToken: z.string(),
    recoverableUntil: isoDateTime,
  }),
]);
export type MemberSignInResult = z.infer<typeof memberSignInResultSchema>;

// ---------------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------------

export const signUpInputSchema = z.object({
  email: memberEmailSchema,
  password: memberPasswordSchema,
  nickname: nicknameSchema,
  userMode: userModeSchema.default('beginner'),
  clientAddress: clientAddressSchema.optional(),
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

export const checkEmailInputSchema = z.object({
  email: memberEmailSchema,
  clientAddress: clientAddressSchema.optional(),
});
export const checkNicknameInputSchema = z.object({
  nickname: nicknameSchema,
  clientAddress: clientAddressSchema.optional(),
});
export const availabilitySchema = z.object({ available: z.boolean() });

export const verifyCredentialsInputSchema = z.object({
  email: textInput(254, { required: true }).toLowerCase(),
  password: currentPasswordSchema,
  clientAddress: clientAddressSchema,
});

/** The Kakao profile the web fetched from Kakao's /v2/user/me. */
export const kakaoSignInInputSchema = z.object({
  kakaoId: z.string().regex(/^\d{1,20}$/),
  email: memberEmailSchema.nullish(),
  /** Kakao's `kakao_account.is_email_verified`: an unverified email is ignored (it could be anyone's). */
  emailVerified: z.boolean().default(false),
  nickname: textInput(100).nullish(),
  clientAddress: clientAddressSchema,
});
export type KakaoSignInInput = z.input<typeof kakaoSignInInputSchema>;

export const linkKakaoInputSchema = z.object({
  linkToken: z.string().min(1).max(2000),
  password: currentPasswordSchema,
  clientAddress: clientAddressSchema,
});

export const recoverInputSchema = z.object({ recoveryToken: z.string().min(1).max(2000) });

export const updateProfileInputSchema = z.object({
  nickname: nicknameSchema.optional(),
  userMode: userModeSchema.optional(),
  /** null clears it. */
  secondaryEmail: memberEmailSchema.nullable().optional(),
});

export const changePasswordInputSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: memberPasswordSchema,
});

export const passwordChangeSchema = z.object({ changed: z.boolean() });

export const withdrawInputSchema = z.object({
  /** Required when the account has a password. */
  password: currentPasswordSchema.optional(),
});
export const withdrawalSchema = z.object({ status: memberStatusSchema, recoverableUntil: isoDateTime });

export const profileImageUploadInputSchema = z.object({
  contentType: z.enum(PROFILE_IMAGE_CONTENT_TYPES),
  contentLength: z
    .number()
    .int()
    .min(1)
    .max(PROFILE_IMAGE_MAX_BYTES, 'imageTooLarge' satisfies MemberMessageKey),
});

/** Where and how the browser sends the file: PUT `uploadUrl` with `headers`, then confirm `uploadKey`. */
export const profileImageUploadSchema = z.object({
  uploadUrl: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()),
  uploadKey: z.string(),
  expiresAt: isoDateTime,
});
export type ProfileImageUpload = z.infer<typeof profileImageUploadSchema>;

export const confirmProfileImageInputSchema = z.object({
  uploadKey: z.string().regex(/^uploads\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/),
});

export const adminMemberListInputSchema = z.object({
  q: textInput(100).optional(),
  status: memberStatusSchema.optional(),
  limit: limitSchema,
  cursor: cursorSchema,
});
export const adminMemberListSchema = z.object({
  items: z.array(adminMemberSchema),
  total: z.number().int(),
  nextCursor: z.number().int().nullable(),
});
export const adminMemberByIdInputSchema = z.object({ id: memberIdSchema });
export const adminSetStatusInputSchema = z.object({ id: memberIdSchema, status: memberStatusSchema });
export const purgeResultSchema = z.object({ purged: z.number().int() });
