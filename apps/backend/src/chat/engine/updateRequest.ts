import { CHAT_PICKS_MAX } from '@scentence/api/schemas';
import type { AccordKey, GenderKey, OccasionKey, SeasonKey } from '@scentence/api/vocabulary';
import type { RequestState } from './dialogueState';
import type { MessageReading } from './readMessage';

const add = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? [...list] : [...list, value]);
const without = <T>(list: readonly T[], value: T): T[] => list.filter((item) => item !== value);

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
      case 'accord': {
        const key = term.key as AccordKey;
        if (term.negated) {
          next.excludeAccords = add(next.excludeAccords, key);
          next.accords = without(next.accords, key);
        } else {
          next.accords = add(next.accords, key);
          next.excludeAccords = without(next.excludeAccords, key);
        }
        break;
      }
      case 'note':
        if (term.negated) {
          next.excludeNotes = add(next.excludeNotes, term.key);
          next.notes = without(next.notes, term.key);
        } else {
          next.notes = add(next.notes, term.key);
          next.excludeNotes = without(next.excludeNotes, term.key);
        }
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
    if (brand.negated) {
      next.excludeBrands = add(next.excludeBrands, brand.key);
      next.brands = without(next.brands, brand.key);
    } else {
      next.brands = add(next.brands, brand.key);
      next.excludeBrands = without(next.excludeBrands, brand.key);
    }
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
