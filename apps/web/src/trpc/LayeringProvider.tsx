'use client';

import { httpBatchLink } from '@trpc/client';
import { type ReactNode, useState } from 'react';
import { LAYERING_TRPC_URL, layeringTrpc } from './layeringClient';
import { createQueryClient } from './Providers';

/**
 * The layering service's hooks for the pages that use them. Its own query cache: the services
 * answer `perfume.lookup` and `vocabulary.get` alike, and tRPC's query keys do not name the service.
 */
export function LayeringProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [client] = useState(() => layeringTrpc.createClient({ links: [httpBatchLink({ url: LAYERING_TRPC_URL })] }));
  return (
    <layeringTrpc.Provider client={client} queryClient={queryClient}>
      {children}
    </layeringTrpc.Provider>
  );
}
