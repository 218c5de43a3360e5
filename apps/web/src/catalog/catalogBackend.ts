import 'server-only';
import { createServiceClient } from '@scentence/api/client';
import type { BrandPerfumeSort } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { BackendRouter } from '@scentence/backend';
import { TRPCClientError } from '@trpc/client';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { webEnv } from '../env';

// Server components only: the web server calls the backend directly, not through its own proxy.
let client: ReturnType<typeof createServiceClient<BackendRouter>> | undefined;

function backend() {
  client ??= createServiceClient<BackendRouter>({ url: webEnv().BACKEND_URL });
  return client;
}

/** The page's data, or `unavailable` when the backend could not answer (the page says so). */
export type Loaded<T> = { ok: true; data: T } | { ok: false };

/** "No such perfume" and "not a valid id/slug/key" are both a missing page to the reader. */
function isMissing(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  return (
    typeof data === 'object' &&
    data !== null &&
    'code' in data &&
    (data.code === 'NOT_FOUND' || data.code === 'BAD_REQUEST')
  );
}

/** A service's answer for a page: a missing thing is the page's 404, a dead service is `{ ok: false }`. */
export async function load<T>(what: string, request: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await request() };
  } catch (error) {
    if (isMissing(error)) notFound();
    console.error(`[web] could not load ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false };
  }
}

// cache(): generateMetadata and the page ask for the same data in one request; the backend is called once.

export const loadPerfume = cache((id: number) => load(`perfume ${id}`, () => backend().perfume.byId.query({ id })));

export const loadSimilarPerfumes = cache((id: number, limit: number) =>
  load(`perfumes similar to ${id}`, () => backend().perfume.similar.query({ id, limit })),
);

export const loadNotePage = cache((slug: string, limit: number, cursor: number) =>
  load(`note ${slug}`, () => backend().catalog.note.query({ slug, limit, cursor })),
);

export const loadAccordPage = cache((key: AccordKey, limit: number, cursor: number) =>
  load(`accord ${key}`, () => backend().catalog.accord.query({ key, limit, cursor })),
);

export const loadBrandPage = cache((slug: string, sort: BrandPerfumeSort, limit: number, cursor: number) =>
  load(`brand ${slug}`, () => backend().catalog.brand.query({ slug, sort, limit, cursor })),
);

export const loadNoteIndex = cache(() => load('the notes index', () => backend().catalog.notes.query({})));

// The sitemap lists the whole site or nothing: these let the backend's errors through.

export const listCatalogPages = cache(() => backend().catalog.pages.query({}));

export function listPerfumeIds(cursor: number, limit: number) {
  return backend().catalog.perfumeIds.query({ cursor, limit });
}
