import { randomUUID } from 'node:crypto';
import { adminProcedure, protectedProcedure, publicProcedure, router } from '@scentence/api';
import { type Caller, signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createService } from '@scentence/api/service';
import { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  forgedAuthorization,
  type MatrixCallers,
  type OperationCase,
  protectedOperations,
  runMatrix,
  type Transport,
} from './support/authorizationMatrix';

const AUTH_SECRET = 'matrix-faults-secret-that-is-long-enough!';

/** What a toy service gets wrong; the matrix must name each. */
type Fault =
  /** Another member's note is answered by id. */
  | 'readsAnyNote'
  /** The admin operation checks the token, not the role. */
  | 'anyMemberIsAdmin'
  /** A member operation built from the public builder: anonymous callers get through. */
  | 'anonymousAccepted';

const noteOutput = z.object({ id: z.string(), text: z.string() });

/** Notes owned by members, and one admin listing: the shape of the real services, small. */
function toyRouter(faults: ReadonlySet<Fault>) {
  const notes = new Map<string, { owner: string; text: string }>();
  const memberOf = (caller: Caller | null) => (caller && 'memberId' in caller ? caller.memberId : 'nobody');
  const memberNotes = faults.has('anonymousAccepted') ? publicProcedure.meta({ access: 'member' }) : protectedProcedure;
  return router({
    notes: router({
      add: protectedProcedure
        .meta({ openapi: { method: 'POST', path: '/notes', tags: ['wardrobe'], summary: 'Add a note' } })
        .input(z.object({ text: z.string() }))
        .output(noteOutput)
        .mutation(({ ctx, input }) => {
          const id = randomUUID();
          notes.set(id, { owner: ctx.caller.memberId ?? '', text: input.text });
          return { id, text: input.text };
        }),
      get: protectedProcedure
        .meta({
          openapi: { method: 'GET', path: '/notes/{id}', tags: ['wardrobe'], summary: 'One of my notes' },
          errors: { 404: 'Not one of my notes' },
        })
        .input(z.object({ id: z.string() }))
        .output(noteOutput)
        .query(({ ctx, input }) => {
          const note = notes.get(input.id);
          const mine = note && (note.owner === ctx.caller.memberId || faults.has('readsAnyNote'));
          if (!note || !mine) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such note' });
          return { id: input.id, text: note.text };
        }),
      count: memberNotes
        .meta({
          openapi: { method: 'GET', path: '/note-count', tags: ['wardrobe'], summary: 'How many notes I have' },
        })
        .input(z.object({}))
        .output(z.object({ count: z.number() }))
        .query(({ ctx }) => ({
          count: [...notes.values()].filter((note) => note.owner === memberOf(ctx.caller)).length,
        })),
    }),
    admin: router({
      notes: (faults.has('anyMemberIsAdmin') ? protectedProcedure.meta({ access: 'admin' }) : adminProcedure)
        .meta({ openapi: { method: 'GET', path: '/admin/notes', tags: ['admin'], summary: 'Every note' } })
        .input(z.object({}))
        .output(z.object({ count: z.number() }))
        .query(() => ({ count: notes.size })),
    }),
  });
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const bearer = async (memberId: string, role: 'member' | 'admin' = 'member') =>
  `Bearer ${await signAccessToken(AUTH_SECRET, { memberId, role })}`;

async function matrixProblems(faults: Fault[], transport: Transport): Promise<string[]> {
  const service = createService(
    {
      service: 'toy',
      title: 'Toy notes',
      router: toyRouter(new Set(faults)),
      checkDatabase: async () => {},
    },
    { authSecret: AUTH_SECRET, corsOrigins: [] },
  );
  const baseUrl = `http://127.0.0.1:${await service.host.listen(0, '127.0.0.1')}`;
  close = service.host.close;
  const client = (authorization: string) => ({
    async addNote(text: string): Promise<string> {
      const response = await fetch(`${baseUrl}/api/notes`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      return ((await response.json()) as { id: string }).id;
    },
  });
  const cases: Record<string, OperationCase> = {
    'notes.add': {
      foreign: 'ownData',
      prepare: async () => ({ input: { text: 'hello' }, owner: await bearer(randomUUID()) }),
    },
    'notes.get': {
      foreign: 'notFound',
      async prepare() {
        const owner = await bearer(randomUUID());
        const secret = `secret-${randomUUID()}`;
        const id = await client(owner).addNote(secret);
        return { input: { id }, owner, markers: [secret] };
      },
    },
    'notes.count': { foreign: 'ownData', prepare: async () => ({ input: {}, owner: await bearer(randomUUID()) }) },
    'admin.notes': { prepare: async () => ({ input: {} }) },
  };
  const callers: MatrixCallers = {
    newMember: () => bearer(randomUUID()),
    admin: await bearer(randomUUID(), 'admin'),
    service: `Bearer ${await signServiceToken(AUTH_SECRET)}`,
    forged: await forgedAuthorization(),
  };
  const document = await (await fetch(`${baseUrl}/openapi.json`)).json();
  const operations = protectedOperations('toy', service.router, document);
  expect(operations.map((operation) => operation.name).sort()).toEqual([
    'admin.notes',
    'notes.add',
    'notes.count',
    'notes.get',
  ]);
  const { problems } = await runMatrix({ baseUrl, transport, operations, cases, callers });
  return problems;
}

/** The operation, transport and caller of each problem, without the answer's text. */
const whereOf = (problems: string[]) => [...new Set(problems.map((problem) => problem.split(':')[0]))].sort();

describe('the authorization matrix on a toy service', () => {
  for (const transport of ['tRPC', 'REST'] as const) {
    it(`passes a service that keeps its access rules, over ${transport}`, async () => {
      expect(await matrixProblems([], transport)).toEqual([]);
    });

    it(`names another member reading a note by id, with the owner's text, over ${transport}`, async () => {
      const problems = await matrixProblems(['readsAnyNote'], transport);
      expect(whereOf(problems)).toEqual([
        `notes.get over ${transport} as admin (not the owner)`,
        `notes.get over ${transport} as other member`,
      ]);
      expect(problems.filter((problem) => problem.includes("carries the owner's secret-"))).toHaveLength(2);
    });

    it(`names a member let into an admin operation, over ${transport}`, async () => {
      const problems = await matrixProblems(['anyMemberIsAdmin'], transport);
      expect(whereOf(problems)).toEqual([`admin.notes over ${transport} as member`]);
    });

    it(`names an anonymous caller let into a member operation, over ${transport}`, async () => {
      const problems = await matrixProblems(['anonymousAccepted'], transport);
      expect(whereOf(problems)).toEqual([
        `notes.count over ${transport} as anonymous`,
        `notes.count over ${transport} as forged`,
        `notes.count over ${transport} as service`,
      ]);
    });
  }

  it('fails an operation it has no way to call, instead of skipping it', async () => {
    const service = createService(
      { service: 'toy', title: 'Toy notes', router: toyRouter(new Set()), checkDatabase: async () => {} },
      { authSecret: AUTH_SECRET, corsOrigins: [] },
    );
    const baseUrl = `http://127.0.0.1:${await service.host.listen(0, '127.0.0.1')}`;
    close = service.host.close;
    const document = await (await fetch(`${baseUrl}/openapi.json`)).json();
    const { problems, calls } = await runMatrix({
      baseUrl,
      transport: 'REST',
      operations: protectedOperations('toy', service.router, document),
      cases: {},
      callers: {
        newMember: () => bearer(randomUUID()),
        admin: await bearer(randomUUID(), 'admin'),
        service: `Bearer ${await signServiceToken(AUTH_SECRET)}`,
        forged: await forgedAuthorization(),
      },
    });
    expect(calls).toEqual([]);
    expect(problems.sort()).toEqual([
      'admin.notes is protected but the matrix has no way to call it',
      'notes.add is protected but the matrix has no way to call it',
      'notes.count is protected but the matrix has no way to call it',
      'notes.get is protected but the matrix has no way to call it',
    ]);
  });
});
