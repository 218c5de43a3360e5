import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCallerFactory } from '@scentence/api';
import { type Caller, signAccessToken, signServiceToken } from '@scentence/api/auth';
import { createPerfumeRepository, seedShippedCatalog } from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_LIMITS, DEFAULT_MEMBER_SETTINGS } from '../src/member/shared/memberSettings';
import { createBackendService } from '../src/service';
import { tinyImage } from './member/imageFixtures';
import {
  forgedAuthorization,
  type MatrixCall,
  type MatrixCallers,
  type OperationCase,
  type ProtectedOperation,
  protectedOperations,
  runMatrix,
} from './support/authorizationMatrix';
import { expectDocumentedRefusals } from './support/authorizationMatrixChecks';

const AUTH_SECRET = 'authorization-matrix-secret-long-enough!';
const ADMIN_EMAIL = 'matrix-admin@scentence.kr';

let databases: TestDatabases;
let uploadsRoot: string;
let service: ReturnType<typeof createBackendService>;
let baseUrl: string;
let operations: ProtectedOperation[];
let callers: MatrixCallers;
let perfumeIds: number[];
const calls: MatrixCall[] = [];

/** The router in this process, for setting up what the calls over HTTP then address. */
const inProcess = (caller: Caller | null) => createCallerFactory(service.router)({ caller });
let asService: ReturnType<typeof inProcess>;
let asAnonymous: ReturnType<typeof inProcess>;
const asMember = (memberId: string) => inProcess({ memberId, role: 'member' });

let addressCounter = 0;
const nextAddress = () => {
  addressCounter += 1;
  return `10.9.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
};

interface Member {
  id: string;
  email: string;
  /** Each member's own: another member's password is wrong for them. */
  password: string;
  nickname: string;
  authorization: string;
}

/** A new email member, as the web app signs one up (a service token vouching for the address). */
async function newMember(email = `matrix-${randomUUID()}@example.com`): Promise<Member> {
  const nickname = `m${randomBytes(5).toString('hex')}`;
  const password = `Sc3nt!${randomBytes(4).toString('hex')}`;
  const profile = await asService.member.signUp({ email, password, nickname, clientAddress: nextAddress() });
  const role = email === ADMIN_EMAIL ? 'admin' : 'member';
  const token = await signAccessToken(AUTH_SECRET, { memberId: profile.id, role });
  return { id: profile.id, email, password, nickname, authorization: `Bearer ${token}` };
}

let perfumesUsed = 0;
/** A perfume no caller has saved yet: whatever another caller saved before does not answer for the owner. */
function unusedPerfume(): number {
  perfumesUsed += 1;
  const id = perfumeIds[perfumesUsed];
  if (id === undefined) throw new Error('the catalog has too few perfumes for the matrix');
  return id;
}

/** A member with one perfume in the wardrobe, with a memo only they may see. */
async function memberWithEntry() {
  const owner = await newMember();
  const perfumeId = unusedPerfume();
  const memo = `memo-${randomUUID()}`;
  await asMember(owner.id).wardrobe.save({ perfumeId, state: 'have', memo });
  return { owner, perfumeId, memo };
}

/** A member with one chat thread. */
async function memberWithThread() {
  const owner = await newMember();
  const sent = await asMember(owner.id).chat.send({ text: '여름에 뿌릴 시원한 향수 추천해줘' });
  return { owner, threadId: sent.thread.id };
}

const wardrobeCase = (foreign: OperationCase['foreign'], input: (perfumeId: number) => Record<string, unknown>) => ({
  foreign,
  async prepare() {
    const { owner, perfumeId, memo } = await memberWithEntry();
    return { input: input(perfumeId), owner: owner.authorization, markers: [memo] };
  },
});

const threadCase = (foreign: OperationCase['foreign'], input: (threadId: string) => Record<string, unknown>) => ({
  foreign,
  async prepare() {
    const { owner, threadId } = await memberWithThread();
    return { input: input(threadId), owner: owner.authorization, markers: [threadId] };
  },
});

const accountCase = (
  foreign: OperationCase['foreign'],
  input: (owner: Member) => Record<string, unknown> = () => ({}),
): OperationCase => ({
  foreign,
  async prepare() {
    const owner = await newMember();
    return { input: input(owner), owner: owner.authorization, markers: [owner.email, owner.nickname, owner.id] };
  },
});

/** An upload the owner has sent its bytes to, ready to confirm. */
async function sentUpload(owner: Member): Promise<string> {
  const bytes = await tinyImage('png', 120, 80);
  const upload = await asMember(owner.id).member.profileImage.createUpload({
    contentType: 'image/png',
    contentLength: bytes.length,
  });
  const sent = await fetch(new URL(upload.uploadUrl, baseUrl), {
    method: 'PUT',
    headers: upload.headers,
    body: new Uint8Array(bytes),
  });
  if (!sent.ok) throw new Error(`the upload answered ${sent.status}`);
  return upload.uploadKey;
}

/**
 * How to call each protected operation validly. A protected operation missing here fails the
 * matrix: a new one must say how it is called and what another member gets.
 */
const CASES: Record<string, OperationCase> = {
  'member.me': accountCase('ownData'),
  'member.updateProfile': accountCase('ownData', () => ({ userMode: 'expert' })),
  // Another member's password is wrong for whoever else sends it.
  'member.changePassword': accountCase({ status: 400 }, (owner) => ({
    currentPassword: owner.password,
    newPassword: 'N3w!pass',
  })),
  'member.withdraw': accountCase({ status: 400 }, (owner) => ({ password: owner.password })),
  'member.profileImage.createUpload': accountCase('ownData', () => ({ contentType: 'image/png', contentLength: 2048 })),
  'member.profileImage.confirm': {
    foreign: 'notFound',
    async prepare() {
      const owner = await newMember();
      const uploadKey = await sentUpload(owner);
      return { input: { uploadKey }, owner: owner.authorization, markers: [owner.email, owner.nickname] };
    },
  },
  'member.profileImage.remove': accountCase('ownData'),
  'member.verifyCredentials': {
    async prepare() {
      const owner = await newMember();
      return { input: { email: owner.email, password: owner.password, clientAddress: nextAddress() } };
    },
  },
  'member.signInWithKakao': {
    async prepare() {
      return { input: { kakaoId: String(Date.now()), nickname: '카카오회원', clientAddress: nextAddress() } };
    },
  },
  'member.linkKakao': {
    async prepare() {
      const owner = await newMember();
      const asked = await asService.member.signInWithKakao({
        kakaoId: String(Date.now() + 1),
        email: owner.email,
        emailVerified: true,
        clientAddress: nextAddress(),
      });
      if (asked.status !== 'link_required') throw new Error(`expected link_required, got ${asked.status}`);
      return { input: { linkToken: asked.linkToken, password: owner.password, clientAddress: nextAddress() } };
    },
  },
  'admin.members.list': { prepare: async () => ({ input: {} }) },
  'admin.members.byId': { prepare: async () => ({ input: { id: (await newMember()).id } }) },
  'admin.members.setStatus': { prepare: async () => ({ input: { id: (await newMember()).id, status: 'locked' } }) },
  'admin.purgeWithdrawals': { prepare: async () => ({ input: {} }) },
  'wardrobe.list': wardrobeCase('ownData', () => ({})),
  'wardrobe.entry': wardrobeCase('notFound', (perfumeId) => ({ perfumeId })),
  // Saving the same perfume in one's own wardrobe is allowed; the owner's memo never comes back.
  'wardrobe.save': wardrobeCase('ownData', (perfumeId) => ({ perfumeId, state: 'wish' })),
  'wardrobe.update': wardrobeCase('notFound', (perfumeId) => ({ perfumeId, rating: 4 })),
  'wardrobe.useUp': wardrobeCase('notFound', (perfumeId) => ({ perfumeId, preference: 'good' })),
  'wardrobe.remove': wardrobeCase('notFound', (perfumeId) => ({ perfumeId })),
  'wardrobe.status': {
    foreign: 'ownData',
    async prepare() {
      const { owner, perfumeId, memo } = await memberWithEntry();
      return {
        input: { ids: String(perfumeId) },
        owner: owner.authorization,
        markers: [memo, `"perfumeId":${perfumeId}`],
      };
    },
  },
  'wardrobe.settings': wardrobeCase('ownData', () => ({})),
  'wardrobe.updateSettings': wardrobeCase('ownData', () => ({ useForRecommendations: false })),
  'wardrobe.taste': wardrobeCase('ownData', () => ({})),
  'wardrobe.forYou': wardrobeCase('ownData', () => ({})),
  'wardrobe.export': wardrobeCase('ownData', () => ({ format: 'json' })),
  'wardrobe.import': {
    foreign: 'ownData',
    async prepare() {
      const owner = await newMember();
      const content = JSON.stringify({ entries: [{ perfumeId: unusedPerfume(), state: 'wish' }] });
      return { input: { format: 'json', content }, owner: owner.authorization };
    },
  },
  'chat.threads': threadCase('ownData', () => ({})),
  'chat.thread': threadCase('notFound', (threadId) => ({ threadId })),
  'chat.rename': threadCase('notFound', (threadId) => ({ threadId, title: '새 이름' })),
  'chat.delete': threadCase('notFound', (threadId) => ({ threadId })),
  // Whoever holds a guest token may adopt its threads: the token is the proof, so another member
  // with it succeeds too (and the owner then finds nothing left to adopt).
  'chat.adopt': {
    foreign: 'ownData',
    async prepare() {
      const owner = await newMember();
      const { guestToken } = await asAnonymous.chat.guestSession({ clientAddress: nextAddress() });
      await asAnonymous.chat.send({ text: '향수 추천해줘', guestToken });
      return { input: { guestToken }, owner: owner.authorization };
    },
  },
};

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'recom', 'member']);
  await seedShippedCatalog(databases.get('perfume'));
  uploadsRoot = await mkdtemp(path.join(os.tmpdir(), 'scentence-matrix-uploads-'));
  service = createBackendService(databases, {
    authSecret: AUTH_SECRET,
    corsOrigins: [],
    // Nothing listens there: the chat's layering questions are not asked here.
    layeringUrl: 'http://127.0.0.1:9',
    chatLog: () => {},
    member: {
      ...DEFAULT_MEMBER_SETTINGS,
      adminEmails: [ADMIN_EMAIL],
      purgeIntervalMs: 0,
      storage: { driver: 'local', root: uploadsRoot, publicBaseUrl: '' },
      limits: { ...DEFAULT_MEMBER_LIMITS, signUps: { limit: 10_000, windowMs: 60_000 } },
    },
  });
  baseUrl = `http://127.0.0.1:${await service.host.listen(0, '127.0.0.1')}`;
  asService = inProcess({ service: 'web', role: 'service' });
  asAnonymous = inProcess(null);
  perfumeIds = (await createPerfumeRepository(databases.get('perfume')).catalogNames())
    .slice(0, 200)
    .map((row) => row.id);

  // The admin signs in once: that is when ADMIN_EMAILS promotes the account.
  const admin = await newMember(ADMIN_EMAIL);
  const signedIn = await asService.member.verifyCredentials({
    email: ADMIN_EMAIL,
    password: admin.password,
    clientAddress: nextAddress(),
  });
  if (signedIn.status !== 'signed_in' || signedIn.member.role !== 'admin')
    throw new Error('the admin was not promoted');
  callers = {
    newMember: async () => (await newMember()).authorization,
    admin: admin.authorization,
    service: `Bearer ${await signServiceToken(AUTH_SECRET)}`,
    forged: await forgedAuthorization(),
  };
  const document = await (await fetch(`${baseUrl}/openapi.json`)).json();
  operations = protectedOperations('backend', service.router, document);
});

afterAll(async () => {
  await service?.host.close();
  await databases?.close();
  if (uploadsRoot) await rm(uploadsRoot, { recursive: true, force: true });
});

describe('the backend authorization matrix', () => {
  it('is generated from the router: protected operations, each documented with its refusals', () => {
    const names = operations.map((operation) => operation.name);
    expect(names).toEqual(
      expect.arrayContaining(['wardrobe.list', 'chat.threads', 'admin.members.list', 'member.me', 'wardrobe.entry']),
    );
    expect(names).not.toContain('perfume.search');
    expect(operations.find((operation) => operation.name === 'admin.members.list')?.access).toBe('admin');
    expect(operations.find((operation) => operation.name === 'member.verifyCredentials')?.access).toBe('service');
    expectDocumentedRefusals(operations, CASES);
  });

  for (const transport of ['tRPC', 'REST'] as const) {
    it(`answers every caller as expected over ${transport}`, { timeout: 300_000 }, async () => {
      const result = await runMatrix({ baseUrl, transport, operations, cases: CASES, callers });
      calls.push(...result.calls);
      expect(result.problems).toEqual([]);
      expect(result.calls.length).toBeGreaterThanOrEqual(operations.length * 5);
    });
  }

  it('called every operation as every kind of caller, over both transports', () => {
    expect(new Set(calls.map((call) => call.operation)).size).toBe(operations.length);
    const pairs = new Set(calls.map((call) => `${call.access}: ${call.caller}`));
    expect([...pairs].sort()).toEqual([
      'admin: admin',
      'admin: anonymous',
      'admin: forged',
      'admin: member',
      'admin: service',
      'member: admin (not the owner)',
      'member: anonymous',
      'member: forged',
      'member: other member',
      'member: owner',
      'member: service',
      'service: admin',
      'service: anonymous',
      'service: forged',
      'service: member',
      'service: service',
    ]);
    // Each operation's callers, once per transport.
    const perOperation = { member: 6, admin: 5, service: 5 };
    const expected = operations.reduce((sum, operation) => sum + 2 * perOperation[operation.access], 0);
    expect(calls).toHaveLength(expected);
  });
});
