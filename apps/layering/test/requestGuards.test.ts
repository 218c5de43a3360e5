import { describeLookupHostGuards } from '@scentence/api/testing';
import { startHostOnShippedCatalog } from '@scentence/db/testing';
import { createLayeringService } from '../src/service';

describeLookupHostGuards('the layering host', () =>
  startHostOnShippedCatalog(
    (databases) =>
      createLayeringService(databases, { authSecret: 'layering-guard-tests-secret-long-enough!', corsOrigins: [] })
        .host,
  ),
);
