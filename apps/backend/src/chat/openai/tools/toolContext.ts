import type { ChatAnswerKind, ChatConstraint, ChatPerfumeCard, UserMode } from '@scentence/api/schemas';
import type { ChatPerfumeFacts } from '@scentence/db';
import { understandQuery } from '@scentence/domain/intent';
import { CONFIDENT_NAME_SCORE, matchPerfumeName } from '@scentence/domain/names';
import { compactKey, withoutKoreanEnding } from '@scentence/domain/text';
import type { ChatCatalogIndex } from '../../engine/chatCatalogIndex';
import type { ChatTools } from '../../engine/chatTools';
import type { DialogueState } from '../../engine/dialogueState';
import { notesAt, plainCard } from '../../engine/perfumeCards';

/** What the tools gathered during one turn: the answer's cards and kind, and the conversation's new state. */
export interface ToolTurn {
  dialogue: DialogueState;
  /** Every perfume recommended in the thread, this turn's included. */
  recommended: number[];
  cards: ChatPerfumeCard[];
  /** Perfumes recommended by this turn. */
  picked: number[];
  kind: ChatAnswerKind | null;
  relaxed: ChatConstraint[];
  usedTaste: boolean;
  toolsCalled: string[];
}

export interface ToolContext {
  catalog: ChatCatalogIndex;
  tools: ChatTools;
  turn: ToolTurn;
  memberId: string | null;
  mode: UserMode;
}

/** Perfumes a tool shows beside a note, an accord or a perfume's layering partners. */
export const EXAMPLES = 3;

/** A perfume named by the model: "#2" (the last answer's second), or a name in either script. */
export function resolvePerfume(context: ToolContext, named: string): number | null {
  const ordinal = /^#?(\d)$/.exec(named.trim());
  if (ordinal) return context.turn.dialogue.lastPicks[Number(ordinal[1]) - 1] ?? null;
  const [best] = matchPerfumeName(context.catalog.index.names, named, { limit: 1 });
  return best && best.score >= CONFIDENT_NAME_SCORE ? best.perfume.id : null;
}

export function resolveNote(context: ToolContext, named: string): string | null {
  const key = compactKey(named);
  for (const note of context.catalog.index.notes.values()) {
    if (note.slug === named || [note.name, note.nameKo ?? ''].some((spelling) => compactKey(spelling) === key)) {
      return note.slug;
    }
  }
  const term = understandQuery(named, context.catalog.index.vocabulary).understood.find(
    (entry) => entry.kind === 'note',
  );
  return term?.key ?? null;
}

export function resolveHouse(context: ToolContext, named: string): string | null {
  const key = compactKey(named);
  const spellings = context.catalog.index.names.brandBySpelling;
  return spellings.get(key) ?? spellings.get(withoutKoreanEnding(key) ?? key) ?? null;
}

/** The facts the model reads about a perfume, compact. */
export function factsFor(facts: ChatPerfumeFacts) {
  return {
    id: facts.id,
    brand: facts.brand,
    brandKo: facts.brandKo,
    name: facts.name,
    nameKo: facts.nameKo,
    year: facts.year,
    gender: facts.gender,
    accords: facts.accords.slice(0, 6),
    top: notesAt(facts, 'top').map((note) => note.name),
    heart: notesAt(facts, 'middle').map((note) => note.name),
    base: notesAt(facts, 'base').map((note) => note.name),
    notes: notesAt(facts, 'flat').map((note) => note.name),
    seasons: facts.seasons.filter((entry) => entry.share >= 50).map((entry) => entry.key),
    occasions: facts.occasions.filter((entry) => entry.share >= 50).map((entry) => entry.key),
    longevity: facts.longevity,
    sillage: facts.sillage,
  };
}

/** Every perfume a tool returns becomes a card of the answer, and what "#1" and "그거" name next. */
export function show(context: ToolContext, facts: readonly ChatPerfumeFacts[], kind: ChatAnswerKind): void {
  for (const perfume of facts) {
    if (!context.turn.cards.some((card) => card.perfume.id === perfume.id)) {
      context.turn.cards.push(plainCard(perfume, context.mode));
    }
  }
  context.turn.kind ??= kind;
  context.turn.dialogue.lastPicks = facts.map((perfume) => perfume.id);
  context.turn.dialogue.focus = facts[0]?.id ?? context.turn.dialogue.focus;
}
