import { fixedProxy } from '../../../proxy/serviceRoutes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = fixedProxy('scentmap', '/health');
