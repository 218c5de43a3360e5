import { chatRoute } from '../../../../../chat/server/chatRoute';
import { streamMessage } from '../../../../../chat/server/streamMessage';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = chatRoute(streamMessage);
