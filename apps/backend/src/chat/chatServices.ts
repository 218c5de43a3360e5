import { MessageError } from '@scentence/api';
import type { ChatMessageKey } from '@scentence/api/schemas';
import type { ChatDependencies } from './chatDependencies';
import { createChatService } from './chatService';
import { createThreadService } from './threadService';

export function createChatServices(deps: ChatDependencies) {
  return { chat: createChatService(deps), threads: createThreadService(deps) };
}

export type ChatServices = ReturnType<typeof createChatServices>;

/** The chat services, or a getter that answers 503 when this process has no recom_db open: the routes exist either way. */
export function chatServicesGetter(deps: ChatDependencies | undefined): () => ChatServices {
  const services = deps ? createChatServices(deps) : null;
  return () => {
    if (!services) {
      throw new MessageError({ code: 'SERVICE_UNAVAILABLE', key: 'chatUnavailable' satisfies ChatMessageKey });
    }
    return services;
  };
}
