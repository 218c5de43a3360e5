import http from 'node:http';
import { sendJson } from './hostResponses';
import { guardConnections, type RouteMethods } from './requestGuards';

export interface ServiceHost {
  server: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** The node:http server around `handle`: a failure it did not answer becomes a 500, listen and close. */
export function createServerLifecycle(
  handle: RequestHandler,
  routeMethods: RouteMethods,
  log: (message: string, error?: unknown) => void,
): ServiceHost {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A reader who hung up mid-answer (a closed tab, a cancelled image) is not a failure of ours.
      if (res.destroyed && !res.writableFinished) return;
      log('request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  guardConnections(server, routeMethods);

  return {
    server,
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
