import 'server-only';
import { createServiceClient } from '@scentence/api/client';
import type { ScentmapRouter } from '@scentence/scentmap';
import { cache } from 'react';
import { load } from '../catalog/catalogBackend';
import { webEnv } from '../env';

// Server components and routes only: the web server calls the scent map service directly.
let client: ReturnType<typeof createServiceClient<ScentmapRouter>> | undefined;

function scentmap() {
  client ??= createServiceClient<ScentmapRouter>({ url: webEnv().SCENTMAP_URL });
  return client;
}

/** A scent type card by its share id; an id that is cut short or altered is the page's 404. */
export const loadScentTypeCard = cache((id: string) =>
  load(`scent type card ${id.slice(0, 24)}`, () => scentmap().scentType.get.query({ id })),
);
