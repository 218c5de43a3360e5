import { describeLookupHostGuards } from '@scentence/api/testing';
import { startHostOnShippedCatalog } from '@scentence/db/testing';
import { createScentmapService } from '../src/service';

describeLookupHostGuards('the scent map host', () =>
  startHostOnShippedCatalog(
    (databases) =>
      createScentmapService(databases, { authSecret: 'scentmap-guard-tests-secret-long-enough!', corsOrigins: [] })
        .host,
  ),
);
