import { MessageError, RetryAfter } from '@scentence/api';
import type { SameLine } from './scoring/sameLine';

/** What the layering procedures' own errors mean, for the API documents (`errors` in their meta). */
export const ERROR_DOCS = {
  pairRefused:
    'Also when both ids name one perfume, one perfume in two concentrations or one line (a flanker): `issues` names `b` (`layeringSamePerfume`, `layeringOtherConcentration`, `layeringFlanker`).',
  noSuchPerfume: 'No perfume has one of the ids (`NOT_FOUND`, `layeringPerfumeNotFound`).',
  votesUnavailable: 'Votes cannot be read or saved right now (`SERVICE_UNAVAILABLE`).',
  wardrobeUnavailable: 'The wardrobe cannot be read right now (`SERVICE_UNAVAILABLE`).',
  tooManyRequests:
    'Counted per member, or per client address when signed out (`layeringTooManyRequests`, the wait in `params.seconds`).',
} as const;

export function perfumeNotFound(id: number): MessageError {
  return new MessageError({ code: 'NOT_FOUND', key: 'layeringPerfumeNotFound', params: { id } });
}

const SAME_LINE_KEYS = {
  same: 'layeringSamePerfume',
  concentration: 'layeringOtherConcentration',
  flanker: 'layeringFlanker',
} as const;

/** A 400 naming `field`: the two perfumes are one perfume, one in two concentrations, or one line. */
export function sameLineRefused(kind: SameLine, names: { a: string; b: string }, field = 'b'): MessageError {
  return new MessageError({ code: 'BAD_REQUEST', key: SAME_LINE_KEYS[kind], params: names, field });
}

export function votesUnavailable(): MessageError {
  return new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'layeringVotesUnavailable' });
}

export function wardrobeUnavailable(): MessageError {
  return new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'layeringWardrobeUnavailable' });
}

/** 429 with the wait: `params.seconds` for the message, the cause for the Retry-After header. */
export function tooManyRequests(retryAfterSeconds: number): MessageError {
  return new MessageError({
    code: 'TOO_MANY_REQUESTS',
    key: 'layeringTooManyRequests',
    params: { seconds: retryAfterSeconds },
    cause: new RetryAfter(retryAfterSeconds),
  });
}
