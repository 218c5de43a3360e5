import { initTRPC, TRPCError } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { Caller } from '../auth/accessToken';
import { isDependencyUnavailable } from './dependencyErrors';
import { toErrorBody } from './errorFormat';

export interface ServiceContext {
  caller: Caller | null;
}

const t = initTRPC
  .meta<OpenApiMeta>()
  .context<ServiceContext>()
  .create({
    isDev: false,
    errorFormatter({ shape, error }) {
      return {
        message: toErrorBody(error).message,
        code: shape.code,
        data: { ...toErrorBody(error), httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** A dead database or peer answers 503 with a plain message, never a 500 with its stack. */
const dependencyGuard = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDependencyUnavailable(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'A dependency is unavailable; try again shortly',
      cause: result.error.cause,
    });
  }
  return result;
});

export const publicProcedure = t.procedure.use(dependencyGuard);

/** A signed-in member (or admin); a service token is not a member and is refused here. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.caller || ctx.caller.role === 'service') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  }
  return next({ ctx: { caller: ctx.caller } });
});

/** Our own servers only (the web app's next-auth): they may vouch for a client address. */
export const serviceProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.caller) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'A service token is required' });
  if (ctx.caller.role !== 'service') throw new TRPCError({ code: 'FORBIDDEN', message: 'Services only' });
  return next({ ctx: { caller: ctx.caller } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.caller.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Admins only' });
  return next({ ctx });
});
