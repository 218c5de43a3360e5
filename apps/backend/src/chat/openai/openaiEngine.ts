import type { ChatAnswerKind, UserMode } from '@scentence/api/schemas';
import { isChatWord, isIntentWord } from '@scentence/domain/intent';
import { CONFIDENT_NAME_SCORE, findPerfumeMentions } from '@scentence/domain/names';
import type { ChatCatalogIndex } from '../engine/chatCatalogIndex';
import type { ChatTools } from '../engine/chatTools';
import { type SuggestionSet, suggestionsFor } from '../engine/texts/suggestions';
import type { TurnInput, TurnResult } from '../engine/turn';
import { understoodOf } from '../engine/understood';
import type { HistoryMessage } from './openaiPrompt';
import { promptMessages, systemPrompt } from './openaiPrompt';
import type { OpenAiChatSettings } from './openaiSettings';
import { openAiTools, type ToolTurn } from './openaiTools';

/** At most this many model calls in sequence per answer: one with the tools, one to write. */
export const MAX_ROUND_TRIPS = 2;

/** Why the model's answer was not used; the offline engine answers instead. */
export class ModelAnswerRefused extends Error {
  override readonly name = 'ModelAnswerRefused';
}

export interface OpenAiTurnReport {
  toolsCalled: string[];
  roundTrips: number;
}

export interface OpenAiTurnInput extends TurnInput {
  history: readonly HistoryMessage[];
}

/** The suggestions offered after each kind of answer the model wrote. */
const SUGGESTIONS_AFTER: Partial<Record<ChatAnswerKind, SuggestionSet>> = {
  recommendation: 'afterPicks',
  comparison: 'afterComparison',
  perfume: 'afterPerfume',
  layering: 'afterPerfume',
  note: 'afterFact',
  accord: 'afterFact',
};

function startTurn(input: OpenAiTurnInput, report: OpenAiTurnReport): ToolTurn {
  return {
    dialogue: structuredClone({ ...input.dialogue, locale: input.locale, pending: null }),
    recommended: [...input.recommended],
    cards: [],
    picked: [],
    kind: null,
    relaxed: [],
    usedTaste: false,
    toolsCalled: report.toolsCalled,
  };
}

/** Refuses an answer that names a perfume no tool returned and the conversation never showed. */
function refuseInvented(text: string, turn: ToolTurn, input: OpenAiTurnInput, catalog: ChatCatalogIndex): void {
  const allowed = new Set([
    ...turn.cards.map((card) => card.perfume.id),
    ...input.recommended,
    ...input.dialogue.lastPicks,
    ...(input.dialogue.focus === null ? [] : [input.dialogue.focus]),
  ]);
  const { vocabulary, names } = catalog.index;
  const named = findPerfumeMentions(text, names, {
    maxMentions: 8,
    isCommonWord: (key) => isIntentWord(vocabulary, key) || isChatWord(key),
  }).filter((mention) => !mention.ambiguous && (mention.candidates[0]?.score ?? 0) >= CONFIDENT_NAME_SCORE);
  const invented = named.filter((mention) => !allowed.has(mention.candidates[0]!.perfume.id));
  if (invented.length > 0) {
    throw new ModelAnswerRefused(
      `the model named perfumes no tool returned: ${invented.map((m) => m.text).join(', ')}`,
    );
  }
}

/**
 * OpenAI Chat Completions with tool calling and streaming over the chat's own tools: one round of
 * tool calls at most, then the answer, its text streamed to `onText` as it is written. The answer
 * is refused (ModelAnswerRefused) when the model wants a third call, writes nothing, or names a
 * perfume no tool returned: the caller then answers with the offline engine.
 */
export async function answerWithOpenAi(
  input: OpenAiTurnInput,
  tools: ChatTools,
  settings: OpenAiChatSettings,
  report: OpenAiTurnReport,
  onText?: (delta: string) => void,
): Promise<TurnResult> {
  tools.status?.('understanding');
  const catalog = await tools.catalog();
  const mode: UserMode = input.mode;
  const turn = startTurn(input, report);
  const runner = settings.client.chat.completions.runTools(
    {
      model: settings.model,
      stream: true,
      messages: promptMessages(systemPrompt(turn.dialogue, catalog, input.locale, mode), input.history, input.text),
      tools: openAiTools({ catalog, tools, turn, memberId: input.memberId, mode }),
    },
    { maxChatCompletions: MAX_ROUND_TRIPS, signal: AbortSignal.timeout(settings.timeoutMs) },
  );
  runner.on('chatCompletion', () => {
    report.roundTrips++;
    if (report.roundTrips === 1) tools.status?.('writing');
  });
  if (onText) runner.on('content', (delta) => onText(delta));
  const text = (await runner.finalContent())?.trim();
  if (!text) throw new ModelAnswerRefused('the model gave no text within two round trips');
  refuseInvented(text, turn, input, catalog);

  const kind = turn.kind ?? (text.includes('?') ? 'question' : 'greeting');
  return {
    answer: {
      kind,
      text,
      cards: turn.cards,
      suggestions: suggestionsFor(SUGGESTIONS_AFTER[kind] ?? 'start', input.locale),
      relaxed: turn.relaxed,
      usedTaste: turn.usedTaste,
    },
    dialogue: turn.dialogue,
    understood: understoodOf(turn.dialogue.request, catalog),
    recommended: turn.picked,
  };
}
