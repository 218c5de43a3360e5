'use client';

import type { LayeringAnswer } from '@scentence/api/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { layeringTrpc } from '../trpc/layeringClient';
import { type ClarifiedRequest, type ClarifyPicks, clarifiedRequest, NO_PICKS } from './clarifyChoice';

/** What an answer asks the page to show; null when it names nothing to show (help, a refusal, a question back). */
function requestOf(answer: LayeringAnswer): ClarifiedRequest | null {
  switch (answer.kind) {
    case 'pair':
      return { selection: { a: answer.pair.a.id, b: answer.pair.b.id }, mood: null };
    case 'howTo':
      return answer.pair ? { selection: { a: answer.pair.a.id, b: answer.pair.b.id }, mood: null } : null;
    case 'partners':
      return { selection: { a: answer.partners.perfume.id, b: null }, mood: answer.partners.mood?.text ?? null };
    default:
      return null;
  }
}

/**
 * A question sent to the layering service and its answer; what the answer is about (or what the
 * reader picks among a clarifying answer's candidates) goes to `onRequest`.
 */
export function useLayeringAsk(onRequest: (request: ClarifiedRequest) => void) {
  const { locale } = useI18n();
  const utils = layeringTrpc.useUtils();
  const [answer, setAnswer] = useState<LayeringAnswer | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; q: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [picks, setPicks] = useState<ClarifyPicks>(NO_PICKS);

  async function ask(q: string) {
    if (q.length === 0 || asking) return;
    setAsking(true);
    setFailure(null);
    try {
      const answered = await utils.ask.answer.fetch({ q, locale });
      setAnswer(answered);
      setPicks(NO_PICKS);
      // The pair came with the answer: the page shows it without asking again.
      if (answered.kind === 'pair')
        utils.pair.analyze.setData({ a: answered.pair.a.id, b: answered.pair.b.id }, answered.pair);
      const request = requestOf(answered);
      if (request) onRequest(request);
    } catch (error) {
      setAnswer(null);
      setFailure({ error, q });
    } finally {
      setAsking(false);
    }
  }

  function pick(next: ClarifyPicks) {
    setPicks(next);
    if (answer?.kind !== 'clarify') return;
    const request = clarifiedRequest(answer, next);
    if (request) onRequest(request);
  }

  return { answer, failure, asking, picks, ask, pick };
}
