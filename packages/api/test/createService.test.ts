import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createService, type ServiceParts } from '../src/service/createService';
import { publicProcedure, router } from '../src/trpc/init';

const settings = { authSecret: 'test-secret-that-is-long-enough-for-hs256!', corsOrigins: [] };

const probeRouter = router({
  ping: publicProcedure
    .meta({ openapi: { method: 'GET', path: '/ping', tags: ['probe'], summary: 'Ping' } })
    .input(z.object({}))
    .output(z.object({ pong: z.boolean() }))
    .query(() => ({ pong: true })),
});

function probeService(hooks: Partial<ServiceParts<typeof probeRouter>>) {
  return createService(
    { service: 'probe', title: 'Probe', router: probeRouter, checkDatabase: async () => {}, ...hooks },
    settings,
  );
}

describe('createService', () => {
  it('serves the router and its health, starting before the port opens and stopping before it closes', async () => {
    const events: string[] = [];
    const { host } = probeService({
      beforeListen: async () => {
        events.push('beforeListen');
      },
      afterListen: () => events.push('afterListen'),
      beforeClose: () => events.push('beforeClose'),
    });
    const base = `http://127.0.0.1:${await host.listen(0, '127.0.0.1')}`;
    expect(events).toEqual(['beforeListen', 'afterListen']);

    expect(await (await fetch(`${base}/api/ping`)).json()).toEqual({ pong: true });
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', service: 'probe', db: 'ok' });
    const document = (await (await fetch(`${base}/docs/openapi.json`)).json()) as { info: unknown };
    expect(document.info).toMatchObject({ title: 'Probe', version: '1.0.0' });

    await host.close();
    expect(events).toEqual(['beforeListen', 'afterListen', 'beforeClose']);
    expect(host.server.listening).toBe(false);
  });

  it('does not open the port when what it must start first fails', async () => {
    const { host } = probeService({
      beforeListen: async () => {
        throw new Error('no map');
      },
    });
    await expect(host.listen(0, '127.0.0.1')).rejects.toThrow('no map');
    expect(host.server.listening).toBe(false);
  });
});
