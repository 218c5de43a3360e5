import type { ChatStatus } from '@scentence/api/schemas';
import type { AccordKey } from '@scentence/api/vocabulary';
import type { ChatPerfumeFacts } from '@scentence/db';
import type { ChatDependencies } from './chatDependencies';
import { chatCatalogIndexOf } from './engine/chatCatalogIndex';
import type { ChatTaste, ChatTools } from './engine/chatTools';

/**
 * The engines' tools over the chat's dependencies, for one turn: facts read once are kept for
 * the rest of the turn (a pick's facts are read for the check and again for its card), and each
 * lookup's name goes into `called` for the turn's log line.
 */
export function chatToolsFor(
  deps: ChatDependencies,
  status?: (status: ChatStatus) => void,
  called: string[] = [],
): ChatTools {
  const facts = new Map<number, ChatPerfumeFacts>();
  const tools: ChatTools = {
    catalog: async () => chatCatalogIndexOf(await deps.catalogIndex()),
    candidates: (query) => deps.catalog.candidates(query),
    async facts(ids) {
      const missing = [...new Set(ids)].filter((id) => !facts.has(id));
      if (missing.length > 0) for (const [id, found] of await deps.catalog.facts(missing)) facts.set(id, found);
      return new Map(ids.flatMap((id): [number, ChatPerfumeFacts][] => (facts.has(id) ? [[id, facts.get(id)!]] : [])));
    },
    perfumesWithNote: async (slug, limit) =>
      (await deps.perfumes.perfumesWithNote(slug, limit, 0)).items.map((perfume) => perfume.id),
    perfumesByAccord: async (key, limit) =>
      (await deps.perfumes.perfumesByAccord(key as AccordKey, limit, 0)).items.map((perfume) => perfume.id),
    notesOfAccord: async (key, limit) =>
      (await deps.perfumes.notesOfAccord(key as AccordKey, limit)).map(({ slug, name, nameKo }) => ({
        slug,
        name,
        nameKo,
      })),
    async taste(memberId): Promise<ChatTaste | null> {
      if (!deps.taste) return null;
      const taste = await deps.taste.tasteProfileOf(memberId);
      if (!taste.enabled) return null;
      return {
        weights: taste.weights,
        excluded: taste.entries
          .filter((entry) => entry.state === 'have' || entry.preference === 'bad')
          .map((entry) => entry.perfumeId),
        accords: taste.profile.accords.map((accord) => accord.key),
      };
    },
    tasteCloseness: (liked, ids) => deps.catalog.tasteCloseness(liked, ids),
    layering: {
      pair: (a, b) => {
        called.push('layering.pair');
        return deps.layering.pair(a, b);
      },
      partners: (perfumeId, limit) => {
        called.push('layering.partners');
        return deps.layering.partners(perfumeId, limit);
      },
    },
    ...(status && { status }),
  };
  // Each lookup is named in the turn's log line.
  for (const name of ['candidates', 'perfumesWithNote', 'perfumesByAccord', 'notesOfAccord', 'taste'] as const) {
    const lookup = tools[name] as (...args: never[]) => unknown;
    Object.assign(tools, {
      [name]: (...args: never[]) => {
        called.push(name);
        return lookup(...args);
      },
    });
  }
  return tools;
}
