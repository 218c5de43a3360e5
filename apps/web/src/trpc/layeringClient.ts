import type { LayeringRouter } from '@scentence/layering';
import { createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createContext } from 'react';

// Its own React context: the backend's hooks use tRPC's default one, and the two must not meet.
const LayeringTrpcContext = createContext(null);

/** Hooks for the layering service's procedures; the router is imported as a type only. */
export const layeringTrpc = createTRPCReact<LayeringRouter>({ context: LayeringTrpcContext });

export type LayeringInputs = inferRouterInputs<LayeringRouter>;
export type LayeringOutputs = inferRouterOutputs<LayeringRouter>;

/** The same-origin proxy route that forwards to the layering service's /trpc. */
export const LAYERING_TRPC_URL = '/api/trpc/layering';
