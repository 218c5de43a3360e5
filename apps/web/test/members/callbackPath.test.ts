import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '../../src/members/callbackPath';

describe('safeCallbackPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeCallbackPath('/admin')).toBe('/admin');
    expect(safeCallbackPath('/search?q=rose')).toBe('/search?q=rose');
    expect(safeCallbackPath(['/me', '/admin'])).toBe('/me');
  });

  it('refuses anything that would leave the site', () => {
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeCallbackPath(target)).toBe('/me');
    }
  });

  it('does not come back to a sign-in page', () => {
    expect(safeCallbackPath('/login?callbackUrl=/login')).toBe('/me');
    expect(safeCallbackPath('/signup')).toBe('/me');
    expect(safeCallbackPath(undefined, '/')).toBe('/');
  });
});
