import path from 'node:path';
import type { WindowRule } from '@scentence/db';
import type { BackendEnv } from '../../env';
import type { StorageSettings } from '../../storage/createStorage';
import { KAKAO_USERINFO_DEFAULT_URL } from './kakaoEndpoint';

/** A rate limit's size and window, before it is given a bucket. */
export type WindowLimit = Omit<WindowRule, 'bucket'>;

export interface MemberSettings {
  /** Lower-cased; these accounts are made admins when they sign in. */
  adminEmails: readonly string[];
  limits: {
    /** Failed logins per account and, separately, per client address. */
    loginFailures: WindowLimit;
    signUps: WindowLimit;
    availabilityChecks: WindowLimit;
    /** Chat messages per guest (not signed in) per 24 hours. */
    chatGuestMessages: WindowLimit;
    /** Guest sessions started per client address per 24 hours (each has its own message limit). */
    chatGuestSessions: WindowLimit;
    /** Chat messages per signed-in member per sliding hour. */
    chatMemberMessages: WindowLimit;
  };
  /** 0 turns the periodic purge off (an admin can still run it). */
  purgeIntervalMs: number;
  storage: StorageSettings;
  /** Where the token operation asks Kakao whose access token it was given. */
  kakaoUserInfoUrl: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const DEFAULT_MEMBER_LIMITS: MemberSettings['limits'] = {
  loginFailures: { limit: 5, windowMs: 15 * MINUTE },
  signUps: { limit: 10, windowMs: 60 * MINUTE },
  availabilityChecks: { limit: 30, windowMs: MINUTE },
  chatGuestMessages: { limit: 30, windowMs: DAY },
  chatGuestSessions: { limit: 10, windowMs: DAY },
  chatMemberMessages: { limit: 120, windowMs: 60 * MINUTE },
};

/** What a backend gets when its caller passes no member settings: the env defaults. */
export const DEFAULT_MEMBER_SETTINGS: MemberSettings = {
  adminEmails: [],
  limits: DEFAULT_MEMBER_LIMITS,
  purgeIntervalMs: 60 * MINUTE,
  storage: { driver: 'local', root: path.join('.data', 'uploads'), publicBaseUrl: '' },
  kakaoUserInfoUrl: KAKAO_USERINFO_DEFAULT_URL,
};

/**
 * The member settings a backend process runs with, from its validated environment; `dataDir`
 * is DATA_DIR resolved by the caller (local uploads live in `<dataDir>/uploads`).
 */
export function memberSettingsOf(env: BackendEnv, dataDir: string = env.DATA_DIR): MemberSettings {
  const storage: StorageSettings =
    env.STORAGE_DRIVER === 's3'
      ? {
          driver: 's3',
          // The env schema requires both when the driver is s3.
          bucket: env.S3_BUCKET ?? '',
          publicBaseUrl: env.CLOUDFRONT_URL ?? '',
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          timeoutMs: env.S3_TIMEOUT_SECONDS * 1000,
        }
      : { driver: 'local', root: path.join(dataDir, 'uploads'), publicBaseUrl: env.UPLOADS_PUBLIC_URL ?? '' };
  return {
    adminEmails: env.ADMIN_EMAILS,
    limits: {
      loginFailures: { limit: env.LOGIN_MAX_FAILURES, windowMs: env.LOGIN_WINDOW_MINUTES * MINUTE },
      signUps: { limit: env.SIGNUP_MAX_PER_HOUR, windowMs: 60 * MINUTE },
      availabilityChecks: { limit: env.AVAILABILITY_CHECKS_PER_MINUTE, windowMs: MINUTE },
      chatGuestMessages: { limit: env.CHAT_GUEST_MESSAGES_PER_DAY, windowMs: DAY },
      chatGuestSessions: { limit: env.CHAT_GUEST_SESSIONS_PER_DAY, windowMs: DAY },
      chatMemberMessages: { limit: env.CHAT_MEMBER_MESSAGES_PER_HOUR, windowMs: 60 * MINUTE },
    },
    purgeIntervalMs: env.MEMBER_PURGE_INTERVAL_MINUTES * MINUTE,
    storage,
    kakaoUserInfoUrl: env.KAKAO_USERINFO_URL,
  };
}
