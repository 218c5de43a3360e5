'use client';

import type { QueryClient } from '@tanstack/react-query';
import { httpBatchLink } from '@trpc/client';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { createQueryClient } from './Providers';
import { SCENTMAP_TRPC_URL, scentmapTrpc } from './scentmapClient';

const ScentmapQueryClientContext = createContext<QueryClient | null>(null);

/**
 * The scent map service's hooks for the pages that use them. Its own query cache: both services
 * answer `perfume.lookup` and `vocabulary.get`, and tRPC's query keys do not name the service.
 */
export function ScentmapProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [client] = useState(() => scentmapTrpc.createClient({ links: [httpBatchLink({ url: SCENTMAP_TRPC_URL })] }));
  return (
    <scentmapTrpc.Provider client={client} queryClient={queryClient}>
      <ScentmapQueryClientContext.Provider value={queryClient}>{children}</ScentmapQueryClientContext.Provider>
    </scentmapTrpc.Provider>
  );
}

/** The scent map's query cache, for its requests that are not tRPC (the points, over REST). */
export function useScentmapQueryClient(): QueryClient {
  const queryClient = useContext(ScentmapQueryClientContext);
  if (!queryClient) throw new Error('useScentmapQueryClient needs a <ScentmapProvider> above it');
  return queryClient;
}
