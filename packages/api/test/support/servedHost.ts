import { afterAll, beforeAll } from 'vitest';
import { createServiceHost, type ServiceHost, type ServiceHostOptions } from '../../src/host/serviceHost';

export const TEST_AUTH_SECRET = 'test-secret-that-is-long-enough-for-hs256!';

export interface ServedHost {
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
}

/**
 * A service host for a test file's router on a free local port, started before the file's tests
 * and closed after them. Read `port` and `origin` inside tests (they are set once it listens).
 */
export function serveForTests(
  router: ServiceHostOptions['router'],
  options: Partial<Omit<ServiceHostOptions, 'router'>> = {},
): ServedHost {
  let host: ServiceHost | undefined;
  let port = 0;
  beforeAll(async () => {
    host = createServiceHost({
      service: 'test',
      title: 'Test',
      version: '1.0.0',
      router,
      authSecret: TEST_AUTH_SECRET,
      checkDatabase: async () => {},
      ...options,
    });
    port = await host.listen(0, '127.0.0.1');
  });
  afterAll(() => host?.close());
  return {
    get port() {
      return port;
    },
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
  };
}
