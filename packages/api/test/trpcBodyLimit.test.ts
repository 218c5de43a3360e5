import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TRPC_BODY_LIMIT_BYTES } from '../src/host/restRequests';
import { createService } from '../src/service/createService';
import { publicProcedure, router } from '../src/trpc/init';

const echoRouter = router({
  echo: publicProcedure
    .input(z.object({ text: z.string() }))
    .output(z.object({ length: z.number() }))
    .mutation(({ input }) => ({ length: input.text.length })),
});

const { host } = createService(
  { service: 'probe', title: 'Probe', router: echoRouter, checkDatabase: async () => {} },
  { authSecret: 'test-secret-that-is-long-enough-for-hs256!', corsOrigins: [] },
);
let base: string;
beforeAll(async () => {
  base = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
});
afterAll(() => host.close());

const echo = (text: string) =>
  fetch(`${base}/trpc/echo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });

describe('a tRPC request body', () => {
  it('is read up to the limit', async () => {
    const response = await echo('가'.repeat(90_000));
    expect(response.status).toBe(200);
  });

  it('answers 413 past the limit, without reading it all', async () => {
    const response = await echo('x'.repeat(TRPC_BODY_LIMIT_BYTES + 1));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } } });
  });
});
