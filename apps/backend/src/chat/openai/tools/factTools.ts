import { ACCORD_DESCRIPTIONS, ACCORDS, type AccordKey, NOTE_DESCRIPTIONS } from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import { compactKey } from '@scentence/domain/text';
import { zodFunction } from 'openai/helpers/zod';
import { z } from 'zod';
import { factsInOrder } from '../../engine/chatTools';
import { EXAMPLES, factsFor, resolveNote, resolvePerfume, show, type ToolContext } from './toolContext';

const ACCORD_NOTES = 5;
const TASTE_ACCORDS = 5;

const named = (perfumes: readonly ChatPerfumeFacts[]) => perfumes.map((facts) => `${facts.brand} ${facts.name}`);

export function perfumeDetailsTool(context: ToolContext) {
  return zodFunction({
    name: 'perfume_details',
    description:
      'The catalog facts of one perfume (by name, or "#2" for the last answer\'s second): accords, pyramid, seasons, occasions, longevity, sillage.',
    parameters: z.object({ perfume: z.string() }),
    async function({ perfume }) {
      context.turn.toolsCalled.push('perfume_details');
      const id = resolvePerfume(context, perfume);
      const facts = id === null ? undefined : (await context.tools.facts([id])).get(id);
      if (!facts) return { found: false };
      show(context, [facts], 'perfume');
      return { found: true, perfume: factsFor(facts) };
    },
  });
}

export function compareTool(context: ToolContext) {
  return zodFunction({
    name: 'compare_perfumes',
    description: 'The catalog facts of two perfumes side by side (by name, or "#1", "#3").',
    parameters: z.object({ a: z.string(), b: z.string() }),
    async function({ a, b }) {
      context.turn.toolsCalled.push('compare_perfumes');
      const ids = [resolvePerfume(context, a), resolvePerfume(context, b)].filter((id): id is number => id !== null);
      const both = await factsInOrder(context.tools, ids);
      if (both.length < 2) return { found: false };
      show(context, both, 'comparison');
      return { found: true, a: factsFor(both[0]!), b: factsFor(both[1]!) };
    },
  });
}

async function accordForModel(context: ToolContext, accord: AccordKey) {
  const examples = await factsInOrder(context.tools, await context.tools.perfumesByAccord(accord, EXAMPLES));
  show(context, examples, 'accord');
  return {
    accord,
    description: ACCORD_DESCRIPTIONS[accord].en,
    notes: (await context.tools.notesOfAccord(accord, ACCORD_NOTES)).map((note) => note.name),
    perfumes: named(examples),
  };
}

async function noteForModel(context: ToolContext, slug: string) {
  const examples = await factsInOrder(context.tools, await context.tools.perfumesWithNote(slug, EXAMPLES));
  show(context, examples, 'note');
  return { note: slug, description: NOTE_DESCRIPTIONS[slug]?.en ?? null, perfumes: named(examples) };
}

export function noteOrAccordTool(context: ToolContext) {
  return zodFunction({
    name: 'note_or_accord',
    description: 'What a note (vetiver, 장미) or an accord (woody, chypre) smells like, with perfumes that carry it.',
    parameters: z.object({ name: z.string() }),
    async function({ name }) {
      context.turn.toolsCalled.push('note_or_accord');
      const accord = ACCORDS.find((entry) =>
        [entry.key, entry.ko, entry.en].some((spelling) => compactKey(spelling) === compactKey(name)),
      )?.key as AccordKey | undefined;
      if (accord) return accordForModel(context, accord);
      const slug = resolveNote(context, name);
      return slug ? noteForModel(context, slug) : { found: false };
    },
  });
}

export function wardrobeTasteTool(context: ToolContext) {
  return zodFunction({
    name: 'my_wardrobe_taste',
    description:
      "The signed-in member's favourite accords from their wardrobe (empty for guests, or when they switched it off).",
    parameters: z.object({}),
    async function() {
      context.turn.toolsCalled.push('my_wardrobe_taste');
      const taste = context.memberId ? await context.tools.taste(context.memberId) : null;
      return { accords: taste?.accords.slice(0, TASTE_ACCORDS) ?? [] };
    },
  });
}
