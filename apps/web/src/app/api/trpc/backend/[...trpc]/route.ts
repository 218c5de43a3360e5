import { catchAllProxy } from '../../../../../proxy/serviceRoutes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, POST, PUT, PATCH, DELETE } = catchAllProxy({
  service: 'backend',
  servicePrefix: '/trpc',
  param: 'trpc',
});
