import { CHAT_TEXT_MAX_LENGTH } from '@scentence/api/schemas';
import type { ChatText } from './chatText.ko';

export const chatEn: ChatText = {
  title: 'Perfume chat',
  metaTitle: 'Perfume chat | Scentence',
  metaDescription: 'Say what you like, whom it is for, the season and the mood: perfumes from the catalog that fit.',
  intro:
    'Tell us what you like, whom it is for, the season or the mood, in your own words. We will pick perfumes that fit.',
  examplesLabel: 'Try asking',
  examples: [
    'A fresh, clean summer perfume for me',
    'A cozy perfume as a gift for my girlfriend',
    'Something like Tam Dao?',
  ],
  start: {
    label: 'What perfume are you looking for?',
    placeholder: 'e.g. A cozy gift for my girlfriend, a fresh summer scent for me',
    submit: 'Ask',
  },
  conversationLabel: 'Conversation',
  you: 'You',
  assistant: 'Scentence',
  loadingThread: 'Loading the conversation…',
  composer: {
    label: 'Message',
    placeholder: 'e.g. A clean perfume for the office, for me',
    send: 'Send',
    count: (length: number) => `${length} / ${CHAT_TEXT_MAX_LENGTH} characters`,
  },
  mode: {
    legend: 'How to explain',
    hint: 'Beginner: in sensory words. Expert: the note pyramid and accords',
  },
  suggestionsLabel: 'Ask next',
  card: {
    reasons: 'Why it fits',
    layer: 'Layer this',
    save: 'Save to wishlist',
  },
  threads: {
    title: 'My chats',
    new: 'New chat',
    empty: 'No saved chats yet.',
    loading: 'Loading…',
    messages: (count: number) => `${count} ${count === 1 ? 'message' : 'messages'}`,
    rename: 'Rename',
    renameLabel: 'Chat name',
    renameSave: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    actionsOf: (title: string) => `Chat ${title}`,
    deleteTitle: 'Delete this chat?',
    deleteBody: 'Its messages and the perfumes it recommended are deleted, for good.',
    deleteConfirm: 'Delete',
    failed: 'That did not work. Please try again.',
  },
  guest: {
    note: 'You are chatting without signing in. This chat is kept for 24 hours.',
    signIn: 'Sign in to keep this chat',
  },
  problems: {
    unavailable: 'We cannot answer right now. Please send again in a moment.',
    generic: 'Something went wrong and no answer came. Please send again.',
    busy: 'The previous answer in this chat is still being written. Please send again shortly.',
    invalid: 'This message cannot be sent. Please check it.',
    expired: 'The guest chat has expired. Please start a new one.',
    notFoundTitle: 'No such chat',
    notFoundBody: "It was deleted, or it is someone else's.",
    limitTitle: 'That is all for today',
    limit: (limit: number, when: string) =>
      `Without signing in you can send ${limit} messages a day. You can send again from ${when}.`,
    sessionLimit: (when: string) =>
      `Today's guest chats from this network are used up. You can start again from ${when}.`,
    memberLimitTitle: 'Time for a short break',
    memberLimit: (limit: number, when: string) =>
      `You can send ${limit} messages an hour. You can send again from ${when}.`,
    limitSignIn: 'Sign in to keep chatting right now.',
    tomorrow: (time: string) => `tomorrow ${time}`,
    retry: 'Send again',
    newChat: 'Start a new chat',
  },
};
