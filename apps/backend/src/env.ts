import { serviceVariables } from '@scentence/api/config';
import { envLoader, portVariable } from '@scentence/api/service';
import { z } from 'zod';
import { KAKAO_USERINFO_DEFAULT_URL } from './member/shared/kakaoEndpoint';

const count = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);
const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

/** Members: admins, abuse limits, the withdrawal purge and profile-image storage. */
const memberVariables = {
  /** Comma list; these accounts become admins when they sign in. */
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  LOGIN_MAX_FAILURES: count(5),
  LOGIN_WINDOW_MINUTES: count(15),
  SIGNUP_MAX_PER_HOUR: count(10),
  AVAILABILITY_CHECKS_PER_MINUTE: count(30),
  /** How often the backend purges withdrawals past their 30 days; 0 turns the timer off. */
  MEMBER_PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** Local driver: where the browser reaches the backend's /uploads; empty means same origin. */
  UPLOADS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().default('ap-northeast-2'),
  /** An S3-compatible endpoint instead of AWS (MinIO, s3rver). */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_FORCE_PATH_STYLE: flag,
  /** After this many seconds without an answer from the bucket (retries included), an image change is a 503. */
  S3_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(10),
  /** S3 driver: the public base URL of the bucket (CloudFront). */
  CLOUDFRONT_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Kakao's user-info endpoint, for REST callers that sign in with a Kakao access token. */
  KAKAO_USERINFO_URL: z.url({ protocol: /^https?$/ }).default(KAKAO_USERINFO_DEFAULT_URL),
};

/** The chat: where it reaches the layering service, the guests' daily and members' hourly limits, OpenAI. */
const chatVariables = {
  LAYERING_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8002'),
  CHAT_GUEST_MESSAGES_PER_DAY: count(30),
  CHAT_GUEST_SESSIONS_PER_DAY: count(10),
  /** Each member message may cost an OpenAI call: a sliding hour per member, shared by every replica. */
  CHAT_MEMBER_MESSAGES_PER_HOUR: count(120),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPENAI_CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** After this many seconds without a whole answer from OpenAI, the offline engine answers. */
  CHAT_OPENAI_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(12),
};

export const backendEnvSchema = z
  .object({
    ...serviceVariables,
    BACKEND_PORT: portVariable(8000),
    ...memberVariables,
    ...chatVariables,
  })
  .superRefine((env, context) => {
    if (env.STORAGE_DRIVER !== 's3') return;
    for (const name of ['S3_BUCKET', 'CLOUDFRONT_URL'] as const) {
      if (!env[name]) context.addIssue({ code: 'custom', path: [name], message: 'required when STORAGE_DRIVER=s3' });
    }
  });
export type BackendEnv = z.output<typeof backendEnvSchema>;

export const loadBackendEnv = envLoader(backendEnvSchema);
