import { catchAllProxy } from '../../../../proxy/serviceRoutes';

export const dynamic = 'force-dynamic';

// The backend's docs page loads its assets and spec through this proxy, and "Try it out" calls /api/backend.
export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = catchAllProxy({
  service: 'backend',
  servicePrefix: '/docs',
  serves: 'read',
  param: 'path',
  headers: {
    'x-forwarded-prefix': '/api/backend-openapi',
    'x-forwarded-api-prefix': '/api/backend',
  },
});
