import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '../../../../auth/authOptions';
import { routeHandlers } from '../../../../proxy/routeHandlers';

export const dynamic = 'force-dynamic';

interface NextAuthContext {
  params: Promise<{ nextauth: string[] }>;
}

// The options are built per request (lazily, once), so `next build` needs no secret.
function handle(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export const { GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = routeHandlers('auth', handle);
