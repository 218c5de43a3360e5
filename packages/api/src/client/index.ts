import { createTRPCClient, httpBatchLink, type TRPCLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';

export interface ServiceClientOptions {
  /** The service's origin, e.g. http://127.0.0.1:8000 (no trailing /trpc). */
  url: string;
  /** A bearer token for the caller, minted per call; omit for anonymous calls. */
  getToken?: () => Promise<string | null> | string | null;
  fetch?: typeof fetch;
}

/** A typed client for one of our services, as another service or the web server uses it. */
export function createServiceClient<TRouter extends AnyTRPCRouter>(options: ServiceClientOptions) {
  return createTRPCClient<TRouter>({
    links: [
      // Our routers use no transformer; the generic router type cannot show that, hence the cast.
      httpBatchLink<AnyTRPCRouter>({
        url: `${options.url.replace(/\/$/, '')}/trpc`,
        fetch: options.fetch,
        async headers() {
          const token = await options.getToken?.();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }) as TRPCLink<TRouter>,
    ],
  });
}
