import { chatRoute } from '../../../../chat/server/chatRoute';
import { guestThread } from '../../../../chat/server/guestThread';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = chatRoute(guestThread);
