import { signServiceToken } from '@scentence/api/auth';
import { createServiceClient } from '@scentence/api/client';
import {
  catalogMessage,
  isMessageKey,
  type LayeringPair,
  type LayeringPartners,
  type MessageParams,
} from '@scentence/api/schemas';
import type { LayeringRouter } from '@scentence/layering';
import { TRPCClientError } from '@trpc/client';
import type { Localized } from './engine/wording';

/** What the layering service answered: the analysis, a refusal in its own words, or nothing (it is down). */
export type LayeringOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'refused'; message: Localized }
  | { ok: false; reason: 'unavailable' };

/** The layering questions the chat hands on to the layering service. */
export interface LayeringAdvisor {
  pair(a: number, b: number): Promise<LayeringOutcome<LayeringPair>>;
  partners(perfumeId: number, limit: number): Promise<LayeringOutcome<LayeringPartners>>;
}

/** How long the chat waits for the layering service before saying it is unavailable. */
export const LAYERING_TIMEOUT_MS = 4_000;

function outcomeOf<T>(error: unknown): LayeringOutcome<T> {
  if (error instanceof TRPCClientError) {
    const data = error.data as { httpStatus?: number; messageKey?: string; params?: MessageParams } | undefined;
    const status = data?.httpStatus ?? 0;
    if (status >= 400 && status < 500 && data?.messageKey && isMessageKey(data.messageKey)) {
      const key = data.messageKey;
      const params = data.params ?? {};
      return {
        ok: false,
        reason: 'refused',
        message: { ko: catalogMessage(key, 'ko', params), en: catalogMessage(key, 'en', params) },
      };
    }
  }
  return { ok: false, reason: 'unavailable' };
}

/**
 * The layering service through its typed client over HTTP (also in embedded mode, where it runs
 * in the same process: the chat depends on its contract, not its code). A refusal (one perfume
 * twice, a flanker) comes back in the service's words; anything else, a timeout included, is
 * "unavailable", and the chat answers everything else. It calls with a service token, so the
 * layering service does not throttle every chat user as one client (the chat limits its own).
 */
export function createLayeringAdvisor(
  url: string,
  authSecret: string,
  timeoutMs = LAYERING_TIMEOUT_MS,
): LayeringAdvisor {
  const client = createServiceClient<LayeringRouter>({
    url,
    getToken: () => signServiceToken(authSecret, 'backend'),
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
  const attempt = async <T>(call: () => Promise<T>): Promise<LayeringOutcome<T>> => {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      return outcomeOf<T>(error);
    }
  };
  return {
    pair: (a, b) => attempt(() => client.pair.analyze.query({ a, b })),
    partners: (perfumeId, limit) => attempt(() => client.partners.fromCatalog.query({ perfumeId, limit })),
  };
}
