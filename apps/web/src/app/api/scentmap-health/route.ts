import { fixedProxy } from '../../../proxy/serviceRoutes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD } = fixedProxy('scentmap', '/health');
