import type { ScentmapRouter } from '@scentence/scentmap';
import { createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createContext } from 'react';

// Its own React context: the backend's hooks use tRPC's default one, and the two must not meet.
const ScentmapTrpcContext = createContext(null);

/** Hooks for the scent map service's procedures; the router is imported as a type only. */
export const scentmapTrpc = createTRPCReact<ScentmapRouter>({ context: ScentmapTrpcContext });

export type ScentmapInputs = inferRouterInputs<ScentmapRouter>;
export type ScentmapOutputs = inferRouterOutputs<ScentmapRouter>;

/** The same-origin proxy route that forwards to the scent map service's /trpc. */
export const SCENTMAP_TRPC_URL = '/api/trpc/scentmap';
/** The same-origin proxy of its REST operations (cacheable GETs with ETags). */
export const SCENTMAP_REST_URL = '/api/scentmap';
