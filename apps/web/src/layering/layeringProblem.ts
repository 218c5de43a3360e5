import {
  catalogMessage,
  errorBodySchema,
  isMessageKey,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@scentence/api/schemas';
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';

/** Why a layering call failed, as the reader is told: the service's own message, an outage, or neither. */
export type LayeringProblem =
  | { kind: 'message'; key: MessageKey; params: MessageParams; status: number | undefined }
  | { kind: 'unavailable' }
  | { kind: 'unknown' };

const SERVICE_UNAVAILABLE = 503;

const errorDataSchema = errorBodySchema
  .pick({ messageKey: true, params: true })
  .extend({ httpStatus: z.number().optional(), issues: errorBodySchema.shape.issues.default([]) });

/**
 * Reads a failed call: the message key the service sent (on the error, or on its first issue for
 * a refused pair, which names the field `b`), or an outage when it answered 503 or not at all.
 */
export function layeringProblemOf(error: unknown): LayeringProblem {
  if (!(error instanceof TRPCClientError)) return { kind: 'unknown' };
  const parsed = errorDataSchema.safeParse(error.data);
  // No error body: the proxy's own 503, or no answer at all.
  if (!parsed.success) return { kind: 'unavailable' };
  const data = parsed.data;
  if (data.httpStatus === SERVICE_UNAVAILABLE && data.messageKey === undefined) return { kind: 'unavailable' };
  const told = data.messageKey === undefined ? data.issues[0] : data;
  const key = told?.messageKey;
  if (key !== undefined && isMessageKey(key)) {
    return { kind: 'message', key, params: told?.params ?? {}, status: data.httpStatus };
  }
  return { kind: 'unknown' };
}

export interface ProblemTexts {
  unavailable: string;
  generic: string;
}

/** The problem as a sentence in the reader's language, translated from its key. */
export function layeringProblemText(problem: LayeringProblem, locale: Locale, texts: ProblemTexts): string {
  if (problem.kind === 'message') return catalogMessage(problem.key, locale, problem.params);
  return problem.kind === 'unavailable' ? texts.unavailable : texts.generic;
}

/** A pair the service will not analyse (one perfume, two concentrations of it, or one line): pick another. */
export function isRefusedPair(problem: LayeringProblem): boolean {
  return (
    problem.kind === 'message' &&
    (problem.key === 'layeringSamePerfume' ||
      problem.key === 'layeringFlanker' ||
      problem.key === 'layeringOtherConcentration')
  );
}
