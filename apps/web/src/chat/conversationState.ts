import type { ChatMessage, ChatPerfumeCard, ChatStreamEvent, ChatThread } from '@scentence/api/schemas';
import type { ChatProblem } from './chatProblem';

type StatusEvent = Extract<ChatStreamEvent, { type: 'status' }>;

/** The answer being written: the person's message, the latest status, the text so far, the cards once known. */
export interface PendingAnswer {
  question: string;
  status: Omit<StatusEvent, 'type'> | null;
  text: string;
  cards: ChatPerfumeCard[];
}

export interface Conversation {
  /** The thread on screen; null before the first message of a new one. */
  threadId: string | null;
  messages: ChatMessage[];
  pending: PendingAnswer | null;
  problem: ChatProblem | null;
  /** A message that did not go, given back to the composer. */
  unsent: string | null;
  loading: boolean;
}

export type ConversationAction =
  | { type: 'reset' }
  | { type: 'loading'; threadId: string }
  | { type: 'loaded'; thread: ChatThread }
  | { type: 'sending'; text: string }
  | { type: 'event'; event: ChatStreamEvent }
  | { type: 'failed'; problem: ChatProblem };

export const emptyConversation: Conversation = {
  threadId: null,
  messages: [],
  pending: null,
  problem: null,
  unsent: null,
  loading: false,
};

function withEvent(state: Conversation, event: ChatStreamEvent): Conversation {
  if (event.type === 'thread') return { ...state, threadId: event.threadId };
  if (event.type === 'done') {
    return {
      ...state,
      threadId: event.thread.id,
      messages: [...state.messages, event.message, event.answer],
      pending: null,
    };
  }
  const pending = state.pending;
  if (!pending) return state;
  switch (event.type) {
    case 'status':
      return { ...state, pending: { ...pending, status: { status: event.status, text: event.text } } };
    case 'text':
      return { ...state, pending: { ...pending, text: pending.text + event.delta } };
    case 'restart':
      return { ...state, pending: { ...pending, text: '' } };
    case 'cards':
      return { ...state, pending: { ...pending, cards: event.cards } };
    default:
      return state;
  }
}

/** The conversation on screen, step by step: a thread opened, a message sent, its answer's events. */
export function conversationReducer(state: Conversation, action: ConversationAction): Conversation {
  switch (action.type) {
    case 'reset':
      return emptyConversation;
    case 'loading':
      return { ...emptyConversation, threadId: action.threadId, loading: true };
    case 'loaded':
      return { ...emptyConversation, threadId: action.thread.id, messages: action.thread.messages };
    case 'sending':
      return {
        ...state,
        problem: null,
        unsent: null,
        pending: { question: action.text, status: null, text: '', cards: [] },
      };
    case 'event':
      return withEvent(state, action.event);
    case 'failed':
      return {
        ...state,
        loading: false,
        problem: action.problem,
        unsent: state.pending?.question ?? null,
        pending: null,
      };
  }
}
