import type { ChatPerfumeFacts } from '@scentence/db';
import { zodFunction } from 'openai/helpers/zod';
import { z } from 'zod';
import { factsInOrder } from '../../engine/chatTools';
import type { LayeringOutcome } from '../../layeringAdvisor';
import { EXAMPLES, resolvePerfume, show, type ToolContext } from './toolContext';

/** A failed layering call as the model reads it: the service's refusal, or that it is down. */
const failure = (outcome: Exclude<LayeringOutcome<unknown>, { ok: true }>) =>
  outcome.reason === 'refused' ? { refused: outcome.message.en } : { unavailable: true };

async function pairForModel(context: ToolContext, first: number, second: number) {
  const outcome = await context.tools.layering.pair(first, second);
  if (!outcome.ok) return failure(outcome);
  const pair = outcome.value;
  return {
    score: pair.score,
    verdict: pair.verdict,
    reasons: pair.reasons.slice(0, 3).map((reason) => reason.text.en),
    howToApply: pair.application.steps.map((step) => step.en),
  };
}

/** The best partners of one perfume; each becomes a card beside the perfume itself. */
async function partnersForModel(context: ToolContext, first: number, shown: readonly ChatPerfumeFacts[]) {
  const outcome = await context.tools.layering.partners(first, EXAMPLES);
  if (!outcome.ok) return failure(outcome);
  const items = outcome.value.items;
  const partners = await factsInOrder(
    context.tools,
    items.map((item) => item.perfume.id),
  );
  show(context, [...shown, ...partners], 'layering');
  return {
    partners: items.map((item) => ({
      brand: item.perfume.brand,
      name: item.perfume.name,
      nameKo: item.perfume.nameKo,
      score: item.score,
      verdict: item.verdict,
    })),
  };
}

export function layeringTool(context: ToolContext) {
  return zodFunction({
    name: 'layering',
    description:
      'How two perfumes layer (score, verdict, reasons, how to wear), or the best partners for one (b null), from the layering service.',
    parameters: z.object({ a: z.string(), b: z.string().nullable() }),
    async function({ a, b }) {
      context.turn.toolsCalled.push('layering');
      const first = resolvePerfume(context, a);
      const second = b ? resolvePerfume(context, b) : null;
      if (first === null || (b && second === null)) return { found: false };
      const shown = await factsInOrder(context.tools, second === null ? [first] : [first, second]);
      show(context, shown, 'layering');
      return second === null ? partnersForModel(context, first, shown) : pairForModel(context, first, second);
    },
  });
}
