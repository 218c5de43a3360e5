/**
 * Child process of the search benchmark: the backend host on an embedded database, and a bare
 * node:http handler that answers the same JSON from memory. Prints their ports as one JSON line.
 */
import http from 'node:http';
import { createBackendService } from '@scentence/backend';
import { createPerfumeRepository, openDatabases, seedShippedCatalog } from '@scentence/db';
import { SEARCH_QUERY } from './searchQuery';

const databases = await openDatabases({ urls: {}, open: ['perfume'] });
await seedShippedCatalog(databases.get('perfume'));
const { host } = createBackendService(databases, {
  authSecret: 'bench-secret-bench-secret-bench-secret',
  corsOrigins: [],
});
const backendPort = await host.listen(0, '127.0.0.1');

const sameJson = JSON.stringify(await createPerfumeRepository(databases.get('perfume')).search(SEARCH_QUERY));
const bare = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(sameJson);
});
const barePort = await new Promise<number>((resolve) =>
  bare.listen(0, '127.0.0.1', () => {
    const address = bare.address();
    resolve(typeof address === 'object' && address ? address.port : 0);
  }),
);
console.log(JSON.stringify({ backendPort, barePort }));
process.on('SIGTERM', () => process.exit(0));
