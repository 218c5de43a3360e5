import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRawRequest } from './rawHttp';

/** A running service host on 127.0.0.1 and how to stop it (with whatever it opened). */
export interface StartedHost {
  port: number;
  close: () => Promise<void>;
}

/** A lookup's items, or the error body. */
interface Answer {
  items?: { id: number }[];
  code?: string;
  message?: string;
  issues?: { path: string }[];
}

/**
 * The request guards every service host applies, tried through the perfume lookup and the
 * vocabulary that the scent map and layering services both mount: prototype-named query keys,
 * id bounds and spelling, the documented id count, 405 and 431.
 */
export function describeLookupHostGuards(title: string, start: () => Promise<StartedHost>): void {
  let host: StartedHost | undefined;
  beforeAll(async () => {
    host = await start();
  });
  afterAll(async () => {
    await host?.close();
  });

  async function call(path: string, init?: RequestInit) {
    const response = await fetch(`http://127.0.0.1:${host?.port}${path}`, init);
    return { status: response.status, allow: response.headers.get('allow'), body: (await response.json()) as Answer };
  }

  describe(title, () => {
    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('answers normally with ?%s=x', async (key) => {
      const lookup = await call(`/api/perfumes/lookup?ids=2,1&${key}=x`);
      expect(lookup.status).toBe(200);
      expect(lookup.body.items?.map((perfume) => perfume.id)).toEqual([2, 1]);
      expect((await call(`/api/vocabulary?${key}=x`)).status).toBe(200);
    });

    it.each([
      ['2147483648', 'ids.0'],
      ['0', 'ids.0'],
      ['0x10', 'ids'],
      ['1e3', 'ids'],
      ['-1', 'ids'],
    ])('refuses ids=%s with a 400 naming %s', async (ids, path) => {
      const { status, body } = await call(`/api/perfumes/lookup?ids=${ids}`);
      expect(status).toBe(400);
      expect(body.issues?.map((issue) => issue.path)).toEqual([path]);
    });

    it('counts the ids as sent against the documented 100: repeats included, then answers each once', async () => {
      const repeated = (count: number) => Array.from({ length: count }, (_, index) => (index % 2) + 1).join(',');
      const atLimit = await call(`/api/perfumes/lookup?ids=${repeated(100)}`);
      expect(atLimit.status).toBe(200);
      expect(atLimit.body.items?.map((perfume) => perfume.id)).toEqual([1, 2]);
      const overLimit = await call(`/api/perfumes/lookup?ids=${repeated(101)}`);
      expect(overLimit.status).toBe(400);
      expect(overLimit.body.issues?.map((issue) => issue.path)).toEqual(['ids']);
    });

    it('answers a method it does not serve with 405, and too large headers with 431', async () => {
      expect(await call('/api/perfumes/lookup?ids=1', { method: 'POST' })).toEqual({
        status: 405,
        allow: 'GET, HEAD, OPTIONS',
        body: {
          code: 'METHOD_NOT_SUPPORTED',
          message: 'POST is not supported here; use GET, HEAD, OPTIONS',
          issues: [],
        },
      });
      const large = await sendRawRequest(host?.port ?? 0, {
        method: 'GET',
        target: '/api/vocabulary',
        headers: { cookie: 'a'.repeat(20_000) },
      });
      expect(large?.status).toBe(431);
      expect(JSON.parse(large?.body ?? '')).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', issues: [] });
    });
  });
}
