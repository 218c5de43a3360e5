import { describe, expect, it } from 'vitest';
import { hasSessionCookie } from '../src/proxy/memberAuthorization';

describe('the proxy reads the session only when a session cookie came', () => {
  it("knows next-auth's session cookie, over http and https, whole or in chunks", () => {
    expect(hasSessionCookie(['next-auth.session-token'])).toBe(true);
    expect(hasSessionCookie(['lang', '__Secure-next-auth.session-token'])).toBe(true);
    expect(hasSessionCookie(['next-auth.session-token.0', 'next-auth.session-token.1'])).toBe(true);
  });

  it('sees no member behind an anonymous visit or its other cookies', () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(['lang', 'next-auth.csrf-token', 'next-auth.callback-url'])).toBe(false);
    expect(hasSessionCookie(['my-next-auth.session-token', 'next-auth.session-token-old'])).toBe(false);
  });
});
