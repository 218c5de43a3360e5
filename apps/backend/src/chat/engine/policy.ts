import type { CannotKnow } from '@scentence/domain/intent';
import { LAST_ORDINAL } from '@scentence/domain/intent';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import { type DialogueState, emptyRequest, hasPreference, type Question } from './dialogueState';
import type { MessageReading, UnclearMention } from './readMessage';
import { updateRequest } from './updateRequest';

/** What the engine does with a message. */
export type TurnAction =
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'offTopic' }
  | { kind: 'cannotKnow'; topics: CannotKnow[]; perfumes: number[] }
  | { kind: 'clarify'; mention: UnclearMention }
  | { kind: 'missingOrdinal'; ordinal: number; shown: number }
  | { kind: 'layering'; perfumes: number[]; howTo: boolean }
  | { kind: 'compare'; perfumes: [number, number] }
  | { kind: 'perfume'; perfumeId: number }
  | { kind: 'note'; slug: string }
  | { kind: 'accord'; key: string }
  | { kind: 'ask'; question: Question }
  /** `more`: the same request again ("더 보여줘"), the picks not shown yet. */
  | { kind: 'recommend'; more: boolean };

export interface TurnDecision {
  action: TurnAction;
  /** The conversation's state after the message (the answer may change it further). */
  dialogue: DialogueState;
  /** A count asked for over the limit, to say so. */
  countOverLimit: number | null;
  /** What the chat cannot know that the message also asked (said beside a recommendation). */
  cannotKnow: CannotKnow[];
}

const RECOMMEND_WORDS = /추천|골라|찾아|찾고|권해|recommend|suggest|looking for|find me|pick/i;
const STRONG_LAYERING = /레이어링|섞|겹쳐|덧뿌|layer|mix|combin/i;

/** Whether the message says anything the chat can act on. */
function saysAnything(reading: MessageReading, state: DialogueState): boolean {
  const { cues } = reading;
  return (
    reading.understanding.understood.length > 0 ||
    reading.perfumes.length > 0 ||
    reading.unclear.length > 0 ||
    reading.brands.length > 0 ||
    cues.perfumeTalk ||
    cues.recipient !== null ||
    cues.count !== null ||
    cues.anyPick ||
    cues.ordinals.length > 0 ||
    cues.more ||
    cues.otherBrand ||
    cues.similar ||
    cues.compare ||
    cues.freshStart ||
    cues.cannotKnow.length > 0 ||
    (cues.refersBack && state.focus !== null && (cues.detail || cues.whatIs))
  );
}

/** Whether the message carries a wish for the recommendation (not only a question about a perfume). */
function carriesWish(reading: MessageReading): boolean {
  return (
    reading.understanding.understood.length > 0 ||
    reading.brands.length > 0 ||
    reading.cues.recipient !== null ||
    reading.cues.anyPick ||
    reading.cues.count !== null
  );
}

/** The perfumes the message points at: named ones, then "두 번째" / "the last one", then "그거". */
function referencedPerfumes(reading: MessageReading, state: DialogueState): { ids: number[]; missing: number | null } {
  const ids = reading.perfumes.map((perfume) => perfume.id);
  for (const ordinal of reading.cues.ordinals) {
    const id = ordinal === LAST_ORDINAL ? state.lastPicks.at(-1) : state.lastPicks[ordinal - 1];
    if (id === undefined) return { ids, missing: ordinal };
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0 && reading.cues.refersBack && state.focus !== null) ids.push(state.focus);
  return { ids, missing: null };
}

/** A message the engine cannot read: small talk, unless it answers the engine's own question. */
function smallTalk(reading: MessageReading, state: DialogueState, pending: Question | null): TurnAction | null {
  // A reply the engine cannot read answers its own question, unless it is a question of its own.
  if (saysAnything(reading, state) || (pending !== null && !reading.text.includes('?'))) return null;
  if (reading.cues.greeting) return { kind: 'greeting' };
  if (reading.cues.thanks) return { kind: 'thanks' };
  return { kind: 'offTopic' };
}

/** What cannot be answered as asked: what the chat cannot know, a name that needs a choice, a pick not shown. */
function cannotAnswer(
  reading: MessageReading,
  state: DialogueState,
  referenced: { ids: number[]; missing: number | null },
): TurnAction | null {
  const { cues } = reading;
  if (cues.cannotKnow.length > 0 && !carriesWish(reading)) {
    return { kind: 'cannotKnow', topics: cues.cannotKnow, perfumes: referenced.ids.slice(0, 1) };
  }
  if (reading.perfumes.length === 0 && reading.unclear.length > 0 && referenced.ids.length === 0) {
    return { kind: 'clarify', mention: reading.unclear[0]! };
  }
  if (referenced.missing !== null) {
    return { kind: 'missingOrdinal', ordinal: referenced.missing, shown: state.lastPicks.length };
  }
  return null;
}

/** A question about perfumes rather than a wish: layering, a comparison, one perfume, a note or an accord. */
function perfumeTalk(reading: MessageReading, state: DialogueState, ids: number[]): TurnAction | null {
  const { cues } = reading;
  const strongLayering = STRONG_LAYERING.test(reading.text);
  if (
    ids.length > 0 &&
    reading.layering.aboutLayering &&
    (strongLayering || (!cues.similar && cues.recipient === null))
  ) {
    state.focus = ids[0]!;
    return { kind: 'layering', perfumes: ids.slice(0, 2), howTo: reading.layering.asksHowToApply };
  }
  if (cues.compare && ids.length === 1 && state.focus !== null && state.focus !== ids[0]) ids.unshift(state.focus);
  if (ids.length >= 2 && (cues.compare || (!cues.similar && !RECOMMEND_WORDS.test(reading.text)))) {
    state.focus = null;
    return { kind: 'compare', perfumes: [ids[0]!, ids[1]!] };
  }

  const wantsRecommendation = RECOMMEND_WORDS.test(reading.text) || cues.more || cues.otherBrand;
  if (ids.length > 0 && !cues.similar && !wantsRecommendation && !(carriesWish(reading) && !cues.detail)) {
    state.focus = ids[0]!;
    return { kind: 'perfume', perfumeId: ids[0]! };
  }

  // A question about a note or an accord ("베티버가 뭐야?", "what is a chypre").
  const facts = reading.understanding.understood.filter((term) => term.kind === 'note' || term.kind === 'accord');
  if (
    ids.length === 0 &&
    facts.length > 0 &&
    (cues.whatIs || cues.detail) &&
    !wantsRecommendation &&
    cues.recipient === null
  ) {
    const term = facts[0]!;
    return term.kind === 'note' ? { kind: 'note', slug: term.key } : { kind: 'accord', key: term.key };
  }
  return null;
}

/** The message's wishes joined to the request; returns the count asked over the limit, if any. */
function joinWishes(
  reading: MessageReading,
  state: DialogueState,
  pending: Question | null,
  ids: readonly number[],
  catalog: ChatCatalogIndex,
): number | null {
  const { cues } = reading;
  const update = updateRequest(state.request, reading);
  state.request = update.request;
  if (ids.length > 0) state.request.reference = ids[0]!;
  if (cues.otherBrand) {
    for (const id of state.lastPicks) {
      const house = catalog.houseKeyOf(id);
      if (house && !state.request.excludeBrands.includes(house)) state.request.excludeBrands.push(house);
    }
    state.request.brands = [];
  }
  if (cues.anyPick) state.anyPick = true;
  // A reply the engine cannot read to its own question means "no preference" there.
  const answeredPending = pending !== null && !carriesWish(reading) && ids.length === 0;
  if (answeredPending && pending === 'preference') state.anyPick = true;
  if (answeredPending && pending === 'recipient') state.request.recipient ??= 'self';
  return update.countOverLimit;
}

/** The one question to ask before recommending (whom it is for, then what they like), each at most once. */
function questionToAsk(reading: MessageReading, state: DialogueState): Question | null {
  if (state.anyPick || reading.cues.more) return null;
  if (state.request.recipient === null && !state.asked.includes('recipient')) return 'recipient';
  if (!hasPreference(state.request) && !state.asked.includes('preference')) return 'preference';
  return null;
}

/**
 * Decides what to do with a message, given the conversation so far: answer small talk, refuse
 * honestly, ask which perfume a name means, answer about perfumes, notes and accords, compare,
 * hand a layering question on, ask one question (whom it is for, then what they like; each at most
 * once, none after "아무거나"), or recommend.
 */
export function decideTurn(reading: MessageReading, previous: DialogueState, catalog: ChatCatalogIndex): TurnDecision {
  const { cues } = reading;
  let state: DialogueState = structuredClone(previous);
  state.locale = reading.locale;
  const decision = (action: TurnAction, countOverLimit: number | null = null): TurnDecision => ({
    action,
    dialogue: state,
    countOverLimit,
    cannotKnow: cues.cannotKnow,
  });

  if (cues.freshStart) {
    state = { ...state, request: emptyRequest(), asked: [], pending: null, anyPick: false, focus: null };
  }
  const pending = state.pending;
  state.pending = null;

  const chat = smallTalk(reading, state, pending);
  if (chat) return decision(chat);
  const referenced = referencedPerfumes(reading, state);
  const talk = cannotAnswer(reading, state, referenced) ?? perfumeTalk(reading, state, referenced.ids);
  if (talk) return decision(talk);

  // The recommendation: the message's wishes join the request.
  const ids = referenced.ids;
  const countOverLimit = joinWishes(reading, state, pending, ids, catalog);
  const question = questionToAsk(reading, state);
  if (question) {
    state.asked = [...state.asked, question];
    state.pending = question;
    return decision({ kind: 'ask', question }, countOverLimit);
  }
  state.request.recipient ??= 'self';
  const more = cues.more && !carriesWish(reading) && ids.length === 0 && state.lastPicks.length > 0;
  return decision({ kind: 'recommend', more }, countOverLimit);
}
