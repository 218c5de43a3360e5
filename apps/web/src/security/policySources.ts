import { z } from 'zod';
import type { PolicySources } from './contentSecurityPolicy';

// A malformed URL leaves only its own origin out: the server checked its variables at start.
const optionalUrl = z.url().optional().catch(undefined);

/**
 * The variables of the shared .env (the backend's storage settings) that decide where a browser
 * loads profile images from and PUTs them to. Read on their own, not through env.ts (server-only,
 * and it exits on a bad variable, which the proxy must never do in the middle of a request).
 */
const policyEnvSchema = z.object({
  NEXTAUTH_URL: optionalUrl,
  NODE_ENV: z.string().optional(),
  STORAGE_DRIVER: z.string().optional(),
  UPLOADS_PUBLIC_URL: optionalUrl,
  CLOUDFRONT_URL: optionalUrl,
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().optional(),
  S3_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: z.string().optional(),
});
type PolicyEnv = z.output<typeof policyEnvSchema>;

const originOf = (url: string | undefined) => (url ? [new URL(url).origin] : []);

/** Where the backend's presigned PUT URLs point (what @aws-sdk builds from the same settings). */
function s3UploadOrigins(env: PolicyEnv): string[] {
  if (env.STORAGE_DRIVER !== 's3' || !env.S3_BUCKET) return [];
  if (!env.S3_ENDPOINT) return [`https://${env.S3_BUCKET}.s3.${env.S3_REGION || 'ap-northeast-2'}.amazonaws.com`];
  const endpoint = new URL(env.S3_ENDPOINT);
  if (env.S3_FORCE_PATH_STYLE === 'true' || env.S3_FORCE_PATH_STYLE === '1') return [endpoint.origin];
  return [`${endpoint.protocol}//${env.S3_BUCKET}.${endpoint.host}`];
}

/** Whether the site is served over https in production: HSTS, Secure cookies, upgraded requests. */
export function servedOverHttps(env: { NODE_ENV?: string; NEXTAUTH_URL?: string }): boolean {
  return env.NODE_ENV === 'production' && env.NEXTAUTH_URL?.startsWith('https:') === true;
}

/** The policy's sources for this configuration. */
export function policySourcesOf(variables: Record<string, string | undefined>): PolicySources {
  const env = policyEnvSchema.parse(variables);
  const uploads = originOf(env.UPLOADS_PUBLIC_URL);
  return {
    imageOrigins: [...uploads, ...originOf(env.CLOUDFRONT_URL)],
    connectOrigins: [...uploads, ...s3UploadOrigins(env)],
    https: servedOverHttps(env),
  };
}
