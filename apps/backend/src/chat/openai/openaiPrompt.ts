import type { Locale, UserMode } from '@scentence/api/schemas';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatCatalogIndex } from '../engine/chatCatalogIndex';
import type { DialogueState } from '../engine/dialogueState';
import { understoodOf } from '../engine/understood';

/** One earlier message of the thread, as the model reads it. */
export interface HistoryMessage {
  role: 'user' | 'assistant';
  text: string;
}

/** The earlier messages the model reads at most (the state carries the rest). */
export const HISTORY_MESSAGES = 8;

const WORDING: Record<UserMode, string> = {
  beginner: 'The person is a beginner: describe scents with sensory, everyday words, no jargon.',
  expert: 'The person is an expert: use the pyramid (top, heart, base), accords with strengths, longevity and sillage.',
};

/** What the model is told: its rules, the conversation's state, and the last picks by number. */
export function systemPrompt(
  dialogue: DialogueState,
  catalog: ChatCatalogIndex,
  locale: Locale,
  mode: UserMode,
): string {
  const picks = dialogue.lastPicks.flatMap((id, index) => {
    const perfume = catalog.perfume(id);
    return perfume ? [`#${index + 1} ${perfume.brand} ${perfume.name}`] : [];
  });
  return [
    "You are Scentence's perfume assistant (센텐스 향수 추천).",
    `Answer in ${locale === 'ko' ? 'Korean' : 'English'}, briefly and warmly. ${WORDING[mode]}`,
    'Name only perfumes that a tool returned in this turn or that were shown earlier in this conversation; never invent one.',
    'To recommend, call recommend_perfumes once with the whole request (the current request below, updated with the message). Explain each pick with the reasons the tool gives; say which conditions were relaxed when it says so.',
    'Before recommending, if whom the perfume is for is unknown and not yet asked, ask that one short question instead; if nothing is known of what they like (mood, season, occasion, notes, accords, a brand or a perfume) and it was not yet asked, ask that one. Never ask twice; after "anything" or "just pick", recommend.',
    'For a perfume, a note or an accord, a comparison or layering, call the matching tool. Call tools in one round at most, then answer.',
    'You cannot know prices, shops or stock: say so honestly and offer what you can do. For anything not about perfume, redirect politely in one sentence.',
    `Current request: ${JSON.stringify(understoodOf(dialogue.request, catalog))}`,
    `Questions already asked: ${dialogue.asked.join(', ') || 'none'}`,
    `Last picks: ${picks.join('; ') || 'none'}`,
  ].join('\n');
}

export function promptMessages(
  system: string,
  history: readonly HistoryMessage[],
  text: string,
): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: system },
    ...history.slice(-HISTORY_MESSAGES).map((message) => ({ role: message.role, content: message.text })),
    { role: 'user', content: text },
  ];
}
