import { CHAT_PICKS_MAX } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type { RequestState } from './dialogueState';
import type { MessageReading } from './readMessage';

const add = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? [...list] : [...list, value]);
const without = <T>(list: readonly T[], value: T): T[] => list.filter((item) => item !== value);

/** A wish asked for joins the wanted list and leaves the turned-away one; turned away, the other way round. */
const sortWish = <T>(wanted: readonly T[], unwanted: readonly T[], value: T, negated: boolean): [T[], T[]] =>
  negated ? [without(wanted, value), add(unwanted, value)] : [add(wanted, value), without(unwanted, value)];

/** What a message changed in the request, beyond the request itself. */
export interface RequestUpdate {
  request: RequestState;
  /** The count asked for when it was over the limit (it is then the limit). */
  countOverLimit: number | null;
}

/**
 * The request with one message's wishes folded in: what it asks for is added, what it turns away
 * ("우디 말고", "디올 말고") is moved to the exclusions, a season, occasion or gender named again
 * replaces the one before, and whom the perfume is for (with the lean a relation implies) is set.
 */
export function updateRequest(request: RequestState, reading: MessageReading): RequestUpdate {
  const next: RequestState = structuredClone(request);
  for (const term of reading.understanding.understood) {
    switch (term.kind) {
      case 'accord':
        [next.accords, next.excludeAccords] = sortWish(
          next.accords,
          next.excludeAccords,
          term.key as AccordKey,
          term.negated,
        );
        break;
      case 'note':
        [next.notes, next.excludeNotes] = sortWish(next.notes, next.excludeNotes, term.key, term.negated);
        break;
      case 'season':
        if (!term.negated) next.season = term.key as SeasonKey;
        else if (next.season === term.key) next.season = null;
        break;
      case 'occasion':
        if (!term.negated) next.occasion = term.key as OccasionKey;
        else if (next.occasion === term.key) next.occasion = null;
        break;
      case 'gender':
        if (!term.negated) next.gender = term.key as GenderKey;
        else if (next.gender === term.key) next.gender = null;
        break;
      case 'mood': {
        // A mood turned away ("not too cozy") ranks away from its accords rather than forbidding them.
        const weight = (term.negated ? -1 : 1) * term.intensity;
        next.moods = [...next.moods.filter((mood) => mood.key !== term.key), { key: term.key, weight }];
        break;
      }
    }
  }
  for (const brand of reading.brands) {
    [next.brands, next.excludeBrands] = sortWish(next.brands, next.excludeBrands, brand.key, brand.negated);
  }
  const { cues } = reading;
  if (cues.recipient) {
    next.recipient = cues.recipient;
    if (cues.recipient === 'self') next.relation = null;
  }
  if (cues.relation) next.relation = cues.relation;
  const genderNamed = reading.understanding.understood.some((term) => term.kind === 'gender' && !term.negated);
  if (cues.relationGender && !genderNamed) next.gender = cues.relationGender;
  let countOverLimit: number | null = null;
  if (cues.count !== null && cues.count >= 1) {
    if (cues.count > CHAT_PICKS_MAX) countOverLimit = cues.count;
    next.count = Math.min(cues.count, CHAT_PICKS_MAX);
  }
  return { request: next, countOverLimit };
}
