import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, freshNonce } from '../../src/security/contentSecurityPolicy';
import { policySourcesOf, servedOverHttps } from '../../src/security/policySources';

/** The policy as a browser reads it: directive name → its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

const LOCAL = policySourcesOf({});

interface CookieOption {
  name: string;
  options: { httpOnly?: boolean; sameSite?: string; secure?: boolean };
}
type CookieName = 'sessionToken' | 'csrfToken' | 'callbackUrl';

/** next-auth's own cookie defaults (its package exports do not name the file, so it is read by path). */
function nextAuthCookies(useSecureCookies: boolean): Record<CookieName, CookieOption> {
  const require = createRequire(import.meta.url);
  const cookieModule = path.join(path.dirname(require.resolve('next-auth')), 'core/lib/cookie.js');
  const { defaultCookies } = require(cookieModule) as {
    defaultCookies: (secure: boolean) => Record<CookieName, CookieOption>;
  };
  return defaultCookies(useSecureCookies);
}

describe('the Content-Security-Policy', () => {
  it("lets scripts run only with this response's nonce, never inline ones", () => {
    const script = directivesOf(contentSecurityPolicy('abc123==', LOCAL)).get('script-src');
    expect(script).toContain("'nonce-abc123=='");
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain('*');
    expect(script).not.toContain('https:');
  });

  it('forbids framing, plugins, foreign forms and a foreign <base>', () => {
    const directives = directivesOf(contentSecurityPolicy('n', LOCAL));
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('gives a different, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, freshNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('allows the configured storage: images from CloudFront and the uploads origin, PUTs to the bucket', () => {
    const s3 = directivesOf(
      contentSecurityPolicy(
        'n',
        policySourcesOf({
          STORAGE_DRIVER: 's3',
          S3_BUCKET: 'scentence-images',
          CLOUDFRONT_URL: 'https://d1.cloudfront.net/x',
        }),
      ),
    );
    expect(s3.get('img-src')).toContain('https://d1.cloudfront.net');
    expect(s3.get('connect-src')).toEqual(["'self'", 'https://scentence-images.s3.ap-northeast-2.amazonaws.com']);

    const minio = policySourcesOf({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'b1',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(minio.connectOrigins).toEqual(['http://127.0.0.1:9000']);

    const local = policySourcesOf({ UPLOADS_PUBLIC_URL: 'http://files.example:8000/base' });
    expect(local.imageOrigins).toEqual(['http://files.example:8000']);
    expect(local.connectOrigins).toEqual(['http://files.example:8000']);
  });

  it('leaves out a malformed storage URL instead of failing the request', () => {
    expect(policySourcesOf({ UPLOADS_PUBLIC_URL: 'not a url', CLOUDFRONT_URL: '' })).toEqual(LOCAL);
  });
});

describe('https in production', () => {
  it('is on only for a production server whose public origin is https', () => {
    expect(servedOverHttps({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://scentence.example' })).toBe(true);
    expect(servedOverHttps({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://127.0.0.1:3000' })).toBe(false);
    expect(servedOverHttps({ NODE_ENV: 'development', NEXTAUTH_URL: 'https://scentence.example' })).toBe(false);
    const https = policySourcesOf({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://scentence.example' });
    expect(directivesOf(contentSecurityPolicy('n', https)).has('upgrade-insecure-requests')).toBe(true);
    expect(directivesOf(contentSecurityPolicy('n', LOCAL)).has('upgrade-insecure-requests')).toBe(false);
  });

  it("makes next-auth's session and CSRF cookies Secure, httpOnly and SameSite=Lax (it follows NEXTAUTH_URL)", () => {
    const cookies = nextAuthCookies(true);
    for (const cookie of [cookies.sessionToken, cookies.csrfToken, cookies.callbackUrl]) {
      expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
    }
    expect(cookies.sessionToken.name).toBe('__Secure-next-auth.session-token');
    expect(cookies.csrfToken.name).toBe('__Host-next-auth.csrf-token');
    expect(nextAuthCookies(false).sessionToken.options).toMatchObject({ httpOnly: true, secure: false });
  });
});
