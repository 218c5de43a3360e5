import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerLifecycle, type ServiceHost } from '../src/host/serverLifecycle';

let host: ServiceHost | undefined;
afterEach(() => host?.close());

async function start(handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) {
  const logged: string[] = [];
  host = createServerLifecycle(
    handle,
    () => ['GET'],
    (message) => logged.push(message),
  );
  const port = await host.listen(0, '127.0.0.1');
  return { port, logged };
}

describe('the service host around a request handler', () => {
  it('answers a failure it did not handle with a 500 and logs it', async () => {
    const { port, logged } = await start(async () => {
      throw new Error('boom');
    });
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toEqual(['request failed']);
  });

  it('does not log a reader who hung up in the middle of a streamed answer', async () => {
    let streamEnded: () => void = () => {};
    const ended = new Promise<void>((resolve) => {
      streamEnded = resolve;
    });
    const { port, logged } = await start(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const endless = new Readable({
        read() {
          setTimeout(() => this.push(Buffer.alloc(1024)), 5);
        },
      });
      await pipeline(endless, res).finally(() => setTimeout(streamEnded, 20));
    });
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await ended;
    expect(logged).toEqual([]);
  });
});
