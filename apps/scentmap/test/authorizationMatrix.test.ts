import { randomUUID } from 'node:crypto';
import { createWardrobeRepository } from '@scentence/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixCallers, OperationCase, ProtectedOperation } from '../../backend/test/support/authorizationMatrix';
import { expectDocumentedRefusals } from '../../backend/test/support/authorizationMatrixChecks';
import { itAnswersEveryCaller, servedOperations, signedCallers } from '../../backend/test/support/memberServiceMatrix';
import { AUTH_SECRET, type MapFixture, memberToken, startMapService } from './mapFixture';

let fixture: MapFixture;
let operations: ProtectedOperation[];
let callers: MatrixCallers;

const bearer = async (memberId: string) => `Bearer ${await memberToken(memberId)}`;

/**
 * How to call each protected operation validly. A protected operation missing here fails the
 * matrix: a new one must say how it is called and what another member gets.
 */
const CASES: Record<string, OperationCase> = {
  // Another member sees their own (empty) wardrobe on the map, never the owner's perfumes.
  'map.wardrobe': {
    foreign: 'ownData',
    async prepare() {
      const owner = randomUUID();
      const wardrobe = createWardrobeRepository(fixture.databases.get('recom'));
      await wardrobe.save(owner, { perfumeId: 7, state: 'have', preference: 'good', source: 'manual' });
      return { input: { layout: 'similarity' }, owner: await bearer(owner), markers: ['"perfumeId":7'] };
    },
  },
};

beforeAll(async () => {
  fixture = await startMapService();
  await fixture.service.map.refresh();
  callers = await signedCallers(AUTH_SECRET);
  operations = await servedOperations('scentmap', fixture.service.router, fixture.baseUrl);
});
afterAll(() => fixture?.close());

describe('the scentmap authorization matrix', () => {
  it('is generated from the router: protected operations, each documented with its refusals', () => {
    const names = operations.map((operation) => operation.name);
    expect(names).toContain('map.wardrobe');
    expect(names).not.toContain('map.points');
    expectDocumentedRefusals(operations, CASES);
  });

  itAnswersEveryCaller(() => ({ baseUrl: fixture.baseUrl, operations, cases: CASES, callers }));
});
