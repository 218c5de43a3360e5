import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory } from '@scentence/api';
import type { Caller } from '@scentence/api/auth';
import type { SignUpInput } from '@scentence/api/schemas';
import { createMemberRepository, createPerfumeRepository } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import type { MemberDependencies } from '../../src/member/shared/memberDependencies';
import {
  DEFAULT_MEMBER_LIMITS,
  DEFAULT_MEMBER_SETTINGS,
  type MemberSettings,
} from '../../src/member/shared/memberSettings';
import { createBackendRouter } from '../../src/router';
import { createLocalStorage } from '../../src/storage/localStorage';
import type { ObjectStorage } from '../../src/storage/objectStorage';

export const AUTH_SECRET = 'member-tests-secret-that-is-long-enough!';
export const STRONG_PASSWORD = 'Sc3nt!ence';
export const SERVICE: Caller = { service: 'web', role: 'service' };

export interface FixtureOptions {
  /** Defaults to a local driver in a temp folder. */
  storage?: (uploadsRoot: string) => ObjectStorage;
  settings?: Partial<MemberSettings>;
}

/**
 * A backend router around fresh perfume and member databases, with a clock the test moves and
 * callers for each kind of identity.
 */
export async function createMemberFixture(options: FixtureOptions = {}) {
  const databases: TestDatabases = await createTestDatabases(['perfume', 'member']);
  const uploadsRoot = await mkdtemp(path.join(os.tmpdir(), 'scentence-uploads-'));
  // Starts at the real time: upload tokens checked over HTTP use the real clock.
  let now = new Date();
  const storage =
    options.storage?.(uploadsRoot) ??
    createLocalStorage({ root: uploadsRoot, publicBaseUrl: '', authSecret: AUTH_SECRET });
  const settings: MemberSettings = {
    adminEmails: ['boss@scentence.kr', ...Array.from({ length: 5 }, (_, i) => `admin${i + 1}@scentence.kr`)],
    limits: DEFAULT_MEMBER_LIMITS,
    purgeIntervalMs: 0,
    storage: { driver: 'local', root: uploadsRoot, publicBaseUrl: '' },
    kakaoUserInfoUrl: DEFAULT_MEMBER_SETTINGS.kakaoUserInfoUrl,
    ...options.settings,
  };
  const logged: string[] = [];
  const deps: MemberDependencies = {
    members: createMemberRepository(databases.get('member')),
    storage,
    settings,
    authSecret: AUTH_SECRET,
    clock: () => now,
    log: (message) => logged.push(message),
  };
  const router = createBackendRouter({ perfumes: createPerfumeRepository(databases.get('perfume')), members: deps });
  const createCaller = createCallerFactory(router);
  let counter = 0;
  let admins = 0;

  const fixture = {
    databases,
    deps,
    router,
    storage,
    uploadsRoot,
    logged,
    anonymous: createCaller({ caller: null }),
    service: createCaller({ caller: SERVICE }),
    as: (memberId: string, role: 'member' | 'admin' = 'member') => createCaller({ caller: { memberId, role } }),
    now: () => now,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** A new email member; unique email and nickname unless given. */
    async signUp(overrides: Partial<SignUpInput> = {}) {
      counter += 1;
      return fixture.service.member.signUp({
        email: `member${counter}@example.com`,
        password: STRONG_PASSWORD,
        nickname: `회원${counter}`,
        clientAddress: `10.0.0.${counter}`,
        ...overrides,
      });
    },
    /** A new member on ADMIN_EMAILS, hence an admin (at most five per fixture). */
    async signUpAdmin() {
      admins += 1;
      return fixture.signUp({ email: `admin${admins}@scentence.kr`, nickname: `관리자${admins}` });
    },
    async close() {
      await databases.close();
      await rm(uploadsRoot, { recursive: true, force: true });
    },
  };
  return fixture;
}

export type MemberFixture = Awaited<ReturnType<typeof createMemberFixture>>;

/** The rejection a call ends in, for asserting on its code and message. */
export async function failureOf(call: Promise<unknown>): Promise<{ code: string; message: string; cause?: unknown }> {
  try {
    await call;
  } catch (error) {
    return error as { code: string; message: string; cause?: unknown };
  }
  throw new Error('expected the call to fail');
}
