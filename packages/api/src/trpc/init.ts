import { initTRPC, TRPCError } from '@trpc/server';
import type { Caller } from '../auth/accessToken';
import { DATABASE_UNAVAILABLE_MESSAGE, isDependencyUnavailable } from './dependencyErrors';
import { toErrorBody } from './errorFormat';
import { InputIssuesError, inputProblems, withDecodedPathParameters } from './inputGuard';
import type { ServiceMeta } from './procedureMeta';

export interface ServiceContext {
  caller: Caller | null;
  /**
   * The client's address (for throttling anonymous callers): the TCP peer, or behind a trusted
   * proxy the client it saw (see createContextFactory); absent in-process.
   */
  connectionAddress?: string;
  /** The browser's address a service caller (the web server) vouched for; never set for anyone else. */
  vouchedAddress?: string;
  /** True when the call came through the REST handler (its path parameters arrive percent-encoded). */
  rest?: boolean;
}

const t = initTRPC
  .meta<ServiceMeta>()
  .context<ServiceContext>()
  .create({
    isDev: false,
    errorFormatter({ shape, error }) {
      const body = toErrorBody(error);
      return {
        message: body.message,
        code: shape.code,
        data: { ...body, httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A dead database or peer answers 503 with a plain message, never a 500 with its stack; a 503 the
 * procedure already told (with its own message) is kept.
 */
const dependencyGuard = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code !== 'SERVICE_UNAVAILABLE' && isDependencyUnavailable(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: DATABASE_UNAVAILABLE_MESSAGE,
      cause: result.error.cause,
    });
  }
  return result;
});

/**
 * Before any procedure reads its input: REST path parameters decoded, and refused with a 400
 * naming the field whatever the schema says, text the database cannot store (U+0000) and
 * arrays or objects nested deeper than INPUT_MAX_DEPTH.
 */
const inputGuard = t.middleware(async ({ ctx, meta, getRawInput, next }) => {
  const raw = await getRawInput();
  const input = ctx.rest ? withDecodedPathParameters(raw, meta?.openapi?.path) : raw;
  const problems = inputProblems(input);
  if (problems.length > 0) throw new InputIssuesError(problems);
  return input === raw ? next() : next({ getRawInput: async () => input });
});

const guardedProcedure = t.procedure.use(inputGuard);

export const publicProcedure = guardedProcedure.use(dependencyGuard).meta({ access: 'public' });

/** Public, with no database or peer service behind it (e.g. the vocabulary): it never answers 503. */
export const selfContainedProcedure = guardedProcedure.meta({ access: 'public', selfContained: true });

/** A signed-in member (or admin); a service token is not a member and is refused here. */
export const protectedProcedure = publicProcedure
  .use(({ ctx, next }) => {
    if (!ctx.caller || ctx.caller.role === 'service') {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
    }
    return next({ ctx: { caller: ctx.caller } });
  })
  .meta({ access: 'member' });

/** Our own servers only (the web app's next-auth): they may vouch for a client address. */
export const serviceProcedure = publicProcedure
  .use(({ ctx, next }) => {
    if (!ctx.caller) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'A service token is required' });
    if (ctx.caller.role !== 'service') throw new TRPCError({ code: 'FORBIDDEN', message: 'Services only' });
    return next({ ctx: { caller: ctx.caller } });
  })
  .meta({ access: 'service' });

export const adminProcedure = protectedProcedure
  .use(({ ctx, next }) => {
    if (ctx.caller.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Admins only' });
    return next({ ctx });
  })
  .meta({ access: 'admin' });
