import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a stand-in for a dependency fails: a 500 with an HTML page as a proxy sends it, or no answer at all. */
export type Failure = 'error' | 'hang';

/** A server on 127.0.0.1 that fails every request the same way; `requests` counts what reached it. */
export async function startFailingServer(failure: Failure) {
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    state.requests++;
    req.resume();
    if (failure === 'hang') {
      hanging.add(res);
      return;
    }
    res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>500 Internal Server Error</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return state;
}
