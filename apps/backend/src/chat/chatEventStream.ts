import type { EventStreamOperation } from '@scentence/api/host';
import { chatSendInputSchema, chatStreamEventSchema } from '@scentence/api/schemas';
import { CHAT_ERROR_DOCS } from './chatErrors';

/** `POST /chat/messages/stream`: `chat.stream` over REST as server-sent events. */
export const CHAT_EVENT_STREAM: EventStreamOperation = {
  path: '/chat/messages/stream',
  procedure: 'chat.stream',
  input: chatSendInputSchema,
  event: chatStreamEventSchema,
  docs: {
    access: 'public',
    summary: 'Send a message and stream the answer as it is written (server-sent events)',
    description:
      'The same as `POST /chat/messages`, answered as `text/event-stream`: `thread` (its id), `status` while the answer is prepared ("취향을 정리하는 중…", "향수를 고르는 중…"), `text` pieces, `cards`, then `done` with what `POST /chat/messages` returns, or `error`. A refusal before the first event (bad input, no token, no such thread, a message limit with `Retry-After`) is a JSON error answer',
    tags: ['chat'],
    errors: {
      401: CHAT_ERROR_DOCS.guestRequired,
      404: CHAT_ERROR_DOCS.threadNotFound,
      429: CHAT_ERROR_DOCS.messageLimit,
    },
  },
};
