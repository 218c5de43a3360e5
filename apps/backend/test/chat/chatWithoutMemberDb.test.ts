import { randomUUID } from 'node:crypto';
import { createCallerFactory, toErrorBody } from '@scentence/api';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackendService } from '../../src/service';

let databases: TestDatabases;
let service: ReturnType<typeof createBackendService>;

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'recom']);
  service = createBackendService(databases, {
    authSecret: 'chat-without-member-db-secret-long-enough!',
    corsOrigins: [],
    layeringUrl: 'http://127.0.0.1:9',
  });
}, 120_000);
afterAll(async () => {
  await databases?.close();
});

describe('the chat without member_db', () => {
  it("answers a member's message with 503 and the chat's own message, since no limit can be counted", async () => {
    const caller = createCallerFactory(service.router)({ caller: { memberId: randomUUID(), role: 'member' } });
    const error = await caller.chat.send({ text: '여름 향수 추천해줘' }).catch((thrown: unknown) => thrown);
    if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
    expect(toErrorBody(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', messageKey: 'chatUnavailable' });
  });
});
