import { adoptGuestThreads } from '../../../../chat/server/adoptGuestThreads';
import { chatRoute } from '../../../../chat/server/chatRoute';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = chatRoute(adoptGuestThreads);
