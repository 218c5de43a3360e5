import type { BackendRouter } from '@scentence/backend';
import { createTRPCReact } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** Hooks for the backend's procedures; the router is imported as a type only. */
export const trpc = createTRPCReact<BackendRouter>();

export type BackendInputs = inferRouterInputs<BackendRouter>;
export type BackendOutputs = inferRouterOutputs<BackendRouter>;

/** The same-origin proxy route that forwards to the backend's /trpc. */
export const BACKEND_TRPC_URL = '/api/trpc/backend';
