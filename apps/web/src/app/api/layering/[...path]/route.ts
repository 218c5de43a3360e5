import { catchAllProxy } from '../../../../proxy/serviceRoutes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = catchAllProxy({
  service: 'layering',
  vouchForGuests: true,
  servicePrefix: '/api',
  param: 'path',
});
