import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';
import {
  type CatalogNameRow,
  createLayeringVoteRepository,
  createPerfumeRepository,
  createWardrobeRepository,
  seedShippedCatalog,
} from '@scentence/db';
import { createTestDatabases, type TestDatabases } from '@scentence/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixCallers, OperationCase, ProtectedOperation } from '../../backend/test/support/authorizationMatrix';
import { expectDocumentedRefusals } from '../../backend/test/support/authorizationMatrixChecks';
import { itAnswersEveryCaller, servedOperations, signedCallers } from '../../backend/test/support/memberServiceMatrix';
import { createLayeringService } from '../src/service';

const AUTH_SECRET = 'layering-matrix-secret-that-is-long-enough';
let databases: TestDatabases;
let service: ReturnType<typeof createLayeringService>;
let baseUrl: string;
let names: CatalogNameRow[];
let operations: ProtectedOperation[];
let callers: MatrixCallers;

const id = (brand: string, name: string) => {
  const row = names.find((entry) => entry.brand === brand && entry.name === name);
  if (!row) throw new Error(`not in the shipped catalog: ${brand} / ${name}`);
  return row.id;
};

let pairsUsed = 0;
/**
 * Two perfumes of different houses no caller has voted on yet (so no caller's earlier vote
 * answers for the owner's); different houses are never one perfume, one line or a flanker.
 */
function unusedPair(): [number, number] {
  pairsUsed += 1;
  const first = names[pairsUsed * 2];
  const second = names.slice(pairsUsed * 2 + 1).find((row) => row.brand !== first?.brand);
  if (!first || !second) throw new Error('the catalog has too few perfumes for the matrix');
  return [first.id, second.id];
}

/** The owner's own vote on a pair: another member's answers carry `myVote` null or their own, never it. */
async function ownerWhoVotedDown() {
  const owner = randomUUID();
  const [a, b] = unusedPair();
  await createLayeringVoteRepository(databases.get('recom')).cast(owner, a, b, 'down');
  const authorization = `Bearer ${await signAccessToken(AUTH_SECRET, { memberId: owner, role: 'member' })}`;
  return { authorization, a, b };
}

/**
 * How to call each protected operation validly. A protected operation missing here fails the
 * matrix: a new one must say how it is called and what another member gets.
 */
const CASES: Record<string, OperationCase> = {
  // Another member's partners come from their own (empty) wardrobe, never the owner's perfumes.
  'partners.fromWardrobe': {
    foreign: 'ownData',
    async prepare() {
      const owner = randomUUID();
      const owned = id('Le Labo', 'Bergamote 22');
      await createWardrobeRepository(databases.get('recom')).save(owner, {
        perfumeId: owned,
        state: 'have',
        preference: 'good',
        source: 'manual',
      });
      const authorization = `Bearer ${await signAccessToken(AUTH_SECRET, { memberId: owner, role: 'member' })}`;
      return {
        input: { perfumeId: id('Le Labo', 'Santal 33') },
        owner: authorization,
        markers: [`"id":${owned},`, '"considered":1'],
      };
    },
  },
  'feedback.vote': {
    foreign: 'ownData',
    async prepare() {
      const { authorization, a, b } = await ownerWhoVotedDown();
      return { input: { a, b, vote: 'up' }, owner: authorization, markers: ['"myVote":"down"'] };
    },
  },
  'feedback.removeVote': {
    foreign: 'ownData',
    async prepare() {
      const { authorization, a, b } = await ownerWhoVotedDown();
      return { input: { a, b }, owner: authorization, markers: ['"myVote":"down"', '"removed":true'] };
    },
  },
};

beforeAll(async () => {
  databases = await createTestDatabases(['perfume', 'recom']);
  await seedShippedCatalog(databases.get('perfume'));
  names = await createPerfumeRepository(databases.get('perfume')).catalogNames();
  service = createLayeringService(databases, { authSecret: AUTH_SECRET, corsOrigins: [] });
  baseUrl = `http://127.0.0.1:${await service.host.listen(0, '127.0.0.1')}`;
  callers = await signedCallers(AUTH_SECRET);
  operations = await servedOperations('layering', service.router, baseUrl);
});
afterAll(async () => {
  await service?.host.close();
  await databases?.close();
});

describe('the layering authorization matrix', () => {
  it('is generated from the router: protected operations, each documented with its refusals', () => {
    const names = operations.map((operation) => operation.name);
    expect(names).toEqual(expect.arrayContaining(['partners.fromWardrobe', 'feedback.vote', 'feedback.removeVote']));
    expect(names).not.toContain('pair.analyze');
    expectDocumentedRefusals(operations, CASES);
  });

  itAnswersEveryCaller(() => ({ baseUrl, operations, cases: CASES, callers }));
});
