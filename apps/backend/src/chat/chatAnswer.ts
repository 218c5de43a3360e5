import type { ChatEngine, Locale } from '@scentence/api/schemas';
import type { ChatDependencies } from './chatDependencies';
import { chatToolsFor } from './chatTools';
import { messageView } from './chatViews';
import type { ChatTools } from './engine/chatTools';
import { readDialogue } from './engine/dialogueState';
import { answerOffline } from './engine/offlineEngine';
import type { TurnInput, TurnResult } from './engine/turn';
import { answerWithOpenAi, type OpenAiTurnReport } from './openai/openaiEngine';
import type { OpenAiChatSettings } from './openai/openaiSettings';
import type { OpenTurn, TurnProgress } from './openTurn';

export interface EngineAnswer {
  result: TurnResult;
  engine: ChatEngine;
}

/** Said before the offline engine's answer when OpenAI's could not be used. */
const FALLBACK_NOTE: Record<Locale, string> = {
  ko: '(AI 답변을 받지 못해 기본 추천 엔진이 답했어요.)',
  en: "(The AI answer didn't come through, so the built-in engine answered.)",
};

function turnInput(turn: OpenTurn): TurnInput {
  return {
    text: turn.text,
    locale: turn.locale,
    mode: turn.mode,
    dialogue: readDialogue(turn.thread?.dialogue),
    recommended: turn.thread?.recommended ?? [],
    memberId: 'memberId' in turn.owner ? turn.owner.memberId : null,
  };
}

/** What one attempt at OpenAI's answer works with. */
interface OpenAiAttempt {
  turn: OpenTurn;
  input: TurnInput;
  tools: ChatTools;
  report: OpenAiTurnReport;
  progress?: (event: TurnProgress) => void;
}

/**
 * Why OpenAI failed, for the log line. An OpenAI-compatible server may echo the key it refused in
 * its error message (OpenAI itself masks it), so the key is cut out before the message is kept.
 */
function failureReason(error: unknown, apiKey: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  const redacted = apiKey ? message.replaceAll(apiKey, '[redacted]') : message;
  return redacted.replace(/"/g, "'").slice(0, 200);
}

/** OpenAI's answer, or why it failed (its text withdrawn from the reader when it had begun). */
async function tryOpenAi(
  deps: ChatDependencies,
  openai: OpenAiChatSettings,
  { turn, input, tools, report, progress }: OpenAiAttempt,
): Promise<{ result: TurnResult } | { failure: string }> {
  let streamed = false;
  try {
    const history = turn.thread ? (await deps.chats.messages(turn.thread.id)).map(messageView) : [];
    const result = await answerWithOpenAi(
      { ...input, history: history.map((message) => ({ role: message.role, text: message.text })) },
      tools,
      openai,
      report,
      progress &&
        ((delta) => {
          streamed = true;
          progress({ type: 'text', delta });
        }),
    );
    return { result };
  } catch (error) {
    if (streamed) progress?.({ type: 'restart' });
    return { failure: failureReason(error, openai.client.apiKey) };
  }
}

/** The answer: OpenAI's when a key is set and its answer holds, else (or on any failure) the offline engine's. */
export async function answerTurn(
  deps: ChatDependencies,
  turn: OpenTurn,
  progress?: (event: TurnProgress) => void,
): Promise<EngineAnswer> {
  const input = turnInput(turn);
  const started = performance.now();
  const called: string[] = [];
  const tools = chatToolsFor(deps, progress && ((status) => progress({ type: 'status', status })), called);
  const logTurn = (engine: ChatEngine, roundTrips: number, fallback: string) =>
    deps.log(
      `chat turn engine=${engine} tools=${[...new Set(called)].join(',') || 'none'} roundTrips=${roundTrips} latencyMs=${Math.round(performance.now() - started)}${fallback ? ` fallback="${fallback}"` : ''}`,
    );
  let fallback = '';
  let roundTrips = 0;
  if (deps.openai) {
    const report = { toolsCalled: called, roundTrips: 0 };
    const attempt = await tryOpenAi(deps, deps.openai, { turn, input, tools, report, progress });
    if ('result' in attempt) {
      logTurn('openai', report.roundTrips, '');
      return { result: attempt.result, engine: 'openai' };
    }
    fallback = attempt.failure;
    roundTrips = report.roundTrips;
  }
  const result = await answerOffline(input, tools);
  if (fallback) result.answer.text = `${FALLBACK_NOTE[turn.locale]} ${result.answer.text}`;
  logTurn('offline', roundTrips, fallback);
  return { result, engine: 'offline' };
}
